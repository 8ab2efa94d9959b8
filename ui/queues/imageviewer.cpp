#include "ui/queues/imageviewer.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QShowEvent>
#include <QSlider>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>

using namespace Qt::StringLiterals;

namespace {

constexpr int kMinZoom = 25;
constexpr int kMaxZoom = 800;

int stepped(int zoom, bool in)
{
    // Multiplicative steps feel even at every size.
    return std::clamp(in ? zoom * 5 / 4 + 1 : zoom * 4 / 5, kMinZoom, kMaxZoom);
}

} // namespace

ImageViewer::ImageViewer(const QPixmap &image, const QString &title, QWidget *parent)
    : QDialog(parent), m_image(image), m_scroll(new QScrollArea(this)), m_label(new QLabel),
      m_slider(new QSlider(Qt::Horizontal, this)), m_percent(new QLabel(this)),
      m_zoomOut(new QToolButton(this)), m_zoomIn(new QToolButton(this)),
      m_fit(new QToolButton(this)), m_actual(new QToolButton(this))
{
    setObjectName(u"imageViewer"_s);
    setWindowTitle(title);
    m_label->setObjectName(u"imageViewerPicture"_s);
    m_label->setAlignment(Qt::AlignCenter);
    m_scroll->setWidget(m_label);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setBackgroundRole(QPalette::Dark);
    m_scroll->viewport()->installEventFilter(this);
    m_slider->setObjectName(u"imageZoom"_s);
    m_slider->setRange(kMinZoom, kMaxZoom);
    m_slider->setMaximumWidth(220);
    m_percent->setMinimumWidth(48);
    m_zoomOut->setText(u"−"_s);
    m_zoomIn->setText(u"+"_s);
    m_zoomOut->setShortcut(QKeySequence::ZoomOut);
    m_zoomIn->setShortcut(QKeySequence::ZoomIn);
    m_actual->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_zoomOut);
    bar->addWidget(m_slider);
    bar->addWidget(m_zoomIn);
    bar->addWidget(m_percent);
    bar->addSpacing(12);
    bar->addWidget(m_fit);
    bar->addWidget(m_actual);
    bar->addStretch(1);
    bar->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(bar);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_slider, &QSlider::valueChanged, this, &ImageViewer::setZoomPercent);
    connect(m_zoomIn, &QToolButton::clicked, this,
            [this] { setZoomPercent(stepped(m_zoom, true)); });
    connect(m_zoomOut, &QToolButton::clicked, this,
            [this] { setZoomPercent(stepped(m_zoom, false)); });
    connect(m_fit, &QToolButton::clicked, this, &ImageViewer::fitToWindow);
    connect(m_actual, &QToolButton::clicked, this, [this] { setZoomPercent(100); });
    resize(900, 680);
    retranslate();
    fitToWindow();
}

void ImageViewer::setZoomPercent(int percent)
{
    percent = std::clamp(percent, kMinZoom, kMaxZoom);
    if (percent == m_zoom && !m_label->pixmap().isNull())
        return;
    m_zoom = percent;
    apply();
}

void ImageViewer::fitToWindow()
{
    if (m_image.isNull())
        return;
    const QSize room = m_scroll->viewport()->size() - QSize(8, 8);
    const QSize size = m_image.deviceIndependentSize().toSize();
    const int percent = std::min(room.width() * 100 / std::max(1, size.width()),
                                 room.height() * 100 / std::max(1, size.height()));
    m_zoom = std::clamp(percent, kMinZoom, kMaxZoom);
    apply();
}

void ImageViewer::apply()
{
    if (m_image.isNull())
        return;
    const QSize target = m_image.size() * m_zoom / 100;
    // Smooth when shrinking; sharp pixels when reading a detail up close.
    m_label->setPixmap(
            m_image.scaled(target, Qt::KeepAspectRatio,
                           m_zoom < 100 ? Qt::SmoothTransformation : Qt::FastTransformation));
    m_label->resize(target);
    m_slider->blockSignals(true);
    m_slider->setValue(m_zoom);
    m_slider->blockSignals(false);
    m_percent->setText(tr("%1 %", "zoom percentage").arg(m_zoom));
}

bool ImageViewer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Wheel) {
        auto *wheel = static_cast<QWheelEvent *>(event);
        if (wheel->modifiers() & Qt::ControlModifier) {
            setZoomPercent(stepped(m_zoom, wheel->angleDelta().y() > 0));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ImageViewer::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_shown) {
        m_shown = true;
        fitToWindow(); // the viewport has its real size only now
    }
}

void ImageViewer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ImageViewer::retranslate()
{
    m_zoomOut->setToolTip(
            tr("Zoom out (%1)")
                    .arg(QKeySequence(QKeySequence::ZoomOut).toString(QKeySequence::NativeText)));
    m_zoomIn->setToolTip(
            tr("Zoom in (%1)")
                    .arg(QKeySequence(QKeySequence::ZoomIn).toString(QKeySequence::NativeText)));
    m_fit->setText(tr("Fit"));
    m_fit->setToolTip(tr("Fit the whole image in the window"));
    m_actual->setText(tr("100 %"));
    m_actual->setToolTip(tr("Actual size (Ctrl+0)"));
    apply();
}
