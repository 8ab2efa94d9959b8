#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

// --screenshot: waits until a window has something worth showing, saves it as
// a PNG (QWidget::grab, so no window manager or screen grabber is needed), and
// says it is done.
class ScreenshotTaker : public QObject
{
    Q_OBJECT

public:
    explicit ScreenshotTaker(QString file, QObject *parent = nullptr);

    // Saves when ready() holds (asked every 200 ms), or after timeoutMs regardless.
    void capture(QWidget *window, std::function<bool()> ready, int timeoutMs = 30'000);

signals:
    void done(bool saved);

private:
    void poll();
    void save();

    QString m_file;
    QPointer<QWidget> m_window;
    std::function<bool()> m_ready;
    QTimer m_poll;
    QTimer m_deadline;
    bool m_taken = false;
};
