#pragma once

#include <QWidget>

class RealnameLevelCounts;

// The real-name level distribution as horizontal bars drawn with QPainter:
// one bar per level and one for the accounts without a record, each with its
// count and its share of all accounts. A level's bar is a button: a click, or
// Enter/Space on the focused bar (Up/Down move), emits levelActivated. The
// chart's accessible description and each bar's tooltip say the same numbers
// in words.
class LevelChart : public QWidget
{
    Q_OBJECT

public:
    explicit LevelChart(RealnameLevelCounts &counts, QWidget *parent = nullptr);

    // The level the list is filtered by (0: none): its bar is marked.
    void setSelectedLevel(int level);
    int selectedLevel() const { return m_selectedLevel; }
    // What is shown while there are no counts (loading, an error).
    void setPlaceholder(const QString &text);

    // The chart in words, as screen readers get it.
    QString summaryText() const;
    // Where row's bar is (the whole clickable row), for tests and tooltips.
    QRect rowRect(int row) const;
    int rowAt(const QPoint &pos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void levelActivated(int level);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void countsChanged();
    bool isClickable(int row) const;
    QString rowText(int row) const;
    QString valueText(int row) const;
    int labelWidth() const;
    int rowHeight() const;
    void moveFocus(int step);

    RealnameLevelCounts &m_counts;
    QString m_placeholder;
    int m_selectedLevel = 0;
    int m_hoverRow = -1;
    int m_focusRow = 0;
};
