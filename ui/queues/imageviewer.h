#pragma once

#include <QDialog>
#include <QPixmap>

class QLabel;
class QScrollArea;
class QSlider;
class QToolButton;

// A submitted image (business licence, logo) at any zoom: fit to the window,
// 25 % to 800 %, Ctrl + wheel or Ctrl +/− to zoom, drag the scroll bars to read
// a detail such as the credit code on a licence.
class ImageViewer : public QDialog
{
    Q_OBJECT

public:
    ImageViewer(const QPixmap &image, const QString &title, QWidget *parent = nullptr);

    int zoomPercent() const { return m_zoom; }
    void setZoomPercent(int percent);
    void fitToWindow();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void apply();

    QPixmap m_image;
    int m_zoom = 100;
    bool m_shown = false;
    QScrollArea *m_scroll;
    QLabel *m_label;
    QSlider *m_slider;
    QLabel *m_percent;
    QToolButton *m_zoomOut;
    QToolButton *m_zoomIn;
    QToolButton *m_fit;
    QToolButton *m_actual;
};
