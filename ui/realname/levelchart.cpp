#include "ui/realname/levelchart.h"

#include "models/realname/realnamelevelcounts.h"

#include <QAccessible>
#include <QEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace {

constexpr int kMargin = 8;
constexpr int kGap = 12;

QColor barColor(int level)
{
    switch (level) {
    case 3:
        return QColor(0x3b, 0x7d, 0xd8);
    case 4:
        return QColor(0x2e, 0x9d, 0x6b);
    default:
        return QColor(0x9a, 0xa0, 0xa6);
    }
}

} // namespace

LevelChart::LevelChart(RealnameLevelCounts &counts, QWidget *parent)
    : QWidget(parent), m_counts(counts)
{
    setObjectName(u"levelChart"_s);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(&m_counts, &QAbstractItemModel::rowsInserted, this, &LevelChart::countsChanged);
    connect(&m_counts, &QAbstractItemModel::dataChanged, this, &LevelChart::countsChanged);
    connect(&m_counts, &QAbstractItemModel::modelReset, this, &LevelChart::countsChanged);
    countsChanged();
}

void LevelChart::setSelectedLevel(int level)
{
    if (m_selectedLevel == level)
        return;
    m_selectedLevel = level;
    for (int row = 0; row < m_counts.rowCount(); ++row) {
        if (m_counts.levelOf(row) == level && level != 0)
            m_focusRow = row;
    }
    update();
}

void LevelChart::setPlaceholder(const QString &text)
{
    m_placeholder = text;
    countsChanged();
}

void LevelChart::countsChanged()
{
    setAccessibleName(tr("Real-name level distribution"));
    setAccessibleDescription(summaryText());
    updateGeometry();
    update();
}

bool LevelChart::isClickable(int row) const
{
    return m_counts.levelOf(row) > 0;
}

QString LevelChart::valueText(int row) const
{
    const QLocale locale;
    return tr("%1 (%2%)", "count (percentage of all accounts)")
            .arg(locale.toString(m_counts.countOf(row)),
                 locale.toString(m_counts.shareOf(row) * 100.0, 'f', 1));
}

QString LevelChart::rowText(int row) const
{
    return tr("%1: %Ln account(s), %2% of all",
              "level name: count accounts, percentage of all accounts", int(m_counts.countOf(row)))
            .arg(m_counts.index(row).data().toString(),
                 QLocale().toString(m_counts.shareOf(row) * 100.0, 'f', 1));
}

QString LevelChart::summaryText() const
{
    if (m_counts.rowCount() == 0)
        return m_placeholder;
    QStringList lines;
    for (int row = 0; row < m_counts.rowCount(); ++row)
        lines.append(rowText(row));
    lines.append(tr("%Ln account(s) in all.", nullptr, int(m_counts.counts().accounts)));
    return lines.join(u'\n');
}

int LevelChart::rowHeight() const
{
    return fontMetrics().height() * 2 + 4;
}

int LevelChart::labelWidth() const
{
    int width = 0;
    for (int row = 0; row < m_counts.rowCount(); ++row) {
        QFont bold = font();
        bold.setBold(true);
        width = std::max(
                width, QFontMetrics(bold).horizontalAdvance(m_counts.index(row).data().toString()));
    }
    return width;
}

QRect LevelChart::rowRect(int row) const
{
    if (row < 0 || row >= m_counts.rowCount())
        return {};
    return QRect(kMargin, kMargin + row * rowHeight(), width() - 2 * kMargin, rowHeight());
}

int LevelChart::rowAt(const QPoint &pos) const
{
    for (int row = 0; row < m_counts.rowCount(); ++row) {
        if (rowRect(row).contains(pos))
            return row;
    }
    return -1;
}

QSize LevelChart::sizeHint() const
{
    const int rows = std::max(m_counts.rowCount(), 3);
    return QSize(480, 2 * kMargin + rows * rowHeight());
}

QSize LevelChart::minimumSizeHint() const
{
    return QSize(labelWidth() + 2 * kMargin + 200, sizeHint().height());
}

void LevelChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    if (m_counts.rowCount() == 0) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(kMargin, kMargin, -kMargin, -kMargin),
                   Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
        return;
    }
    const QFontMetrics fm = fontMetrics();
    const int labelW = labelWidth();
    int valueW = 0;
    for (int row = 0; row < m_counts.rowCount(); ++row)
        valueW = std::max(valueW, fm.horizontalAdvance(valueText(row)));

    for (int row = 0; row < m_counts.rowCount(); ++row) {
        const QRect r = rowRect(row);
        const int level = m_counts.levelOf(row);
        const bool selected = level != 0 && level == m_selectedLevel;
        if (selected || (row == m_hoverRow && isClickable(row))) {
            QColor back = pal.color(QPalette::Highlight);
            back.setAlpha(selected ? 48 : 22);
            p.setPen(Qt::NoPen);
            p.setBrush(back);
            p.drawRoundedRect(r, 4, 4);
        }
        if (hasFocus() && row == m_focusRow) {
            QPen focusPen(pal.color(QPalette::Highlight), 1, Qt::DashLine);
            p.setPen(focusPen);
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        }

        QFont labelFont = font();
        labelFont.setBold(selected);
        p.setFont(labelFont);
        p.setPen(pal.color(QPalette::WindowText));
        const QRect labelRect(r.left() + 6, r.top(), labelW, r.height());
        p.drawText(labelRect, Qt::AlignVCenter | Qt::AlignLeft,
                   m_counts.index(row).data().toString());
        p.setFont(font());

        const int trackLeft = labelRect.right() + kGap;
        const int trackWidth = std::max(40, r.right() - 6 - valueW - kGap - trackLeft);
        const int barHeight = std::max(8, r.height() - 14);
        const QRectF track(trackLeft, r.center().y() - barHeight / 2.0, trackWidth, barHeight);
        QColor trackColor = pal.color(QPalette::WindowText);
        trackColor.setAlpha(20);
        p.setPen(Qt::NoPen);
        p.setBrush(trackColor);
        p.drawRoundedRect(track, 3, 3);
        const double share = std::clamp(m_counts.shareOf(row), 0.0, 1.0);
        if (share > 0) {
            QRectF bar = track;
            bar.setWidth(std::max(2.0, track.width() * share));
            QColor color = barColor(level);
            if (m_selectedLevel != 0 && !selected)
                color.setAlpha(150); // the levels not filtered by step back
            p.setBrush(color);
            p.drawRoundedRect(bar, 3, 3);
        }
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(QRect(int(track.right()) + kGap, r.top(), valueW + 4, r.height()),
                   Qt::AlignVCenter | Qt::AlignLeft, valueText(row));
    }
}

void LevelChart::mouseMoveEvent(QMouseEvent *event)
{
    const int row = rowAt(event->position().toPoint());
    if (row != m_hoverRow) {
        m_hoverRow = row;
        setCursor(isClickable(row) ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void LevelChart::mousePressEvent(QMouseEvent *event)
{
    const int row = rowAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && isClickable(row)) {
        m_focusRow = row;
        emit levelActivated(m_counts.levelOf(row));
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

void LevelChart::leaveEvent(QEvent *event)
{
    m_hoverRow = -1;
    update();
    QWidget::leaveEvent(event);
}

void LevelChart::moveFocus(int step)
{
    const int rows = m_counts.rowCount();
    for (int next = m_focusRow + step; next >= 0 && next < rows; next += step) {
        if (isClickable(next)) {
            m_focusRow = next;
            update();
            return;
        }
    }
}

void LevelChart::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Left:
        moveFocus(-1);
        return;
    case Qt::Key_Down:
    case Qt::Key_Right:
        moveFocus(1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (isClickable(m_focusRow)) {
            emit levelActivated(m_counts.levelOf(m_focusRow));
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void LevelChart::focusInEvent(QFocusEvent *event)
{
    if (!isClickable(m_focusRow))
        moveFocus(1);
    QWidget::focusInEvent(event);
}

bool LevelChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = rowAt(help->pos());
        if (row < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        QString text = rowText(row);
        if (isClickable(row)) {
            text += u'\n'
                    + (m_counts.levelOf(row) == m_selectedLevel
                               ? tr("Click to show every level again.")
                               : tr("Click to list only this level."));
        } else {
            text += u'\n' + tr("Accounts without a real-name record are not in the list.");
        }
        QToolTip::showText(help->globalPos(), text, this, rowRect(row));
        return true;
    }
    return QWidget::event(event);
}

void LevelChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        countsChanged();
    QWidget::changeEvent(event);
}
