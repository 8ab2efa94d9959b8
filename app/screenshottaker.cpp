#include "app/screenshottaker.h"

#include <QLoggingCategory>
#include <QPixmap>

Q_LOGGING_CATEGORY(lcScreenshot, "gatehouse.app.screenshot")

ScreenshotTaker::ScreenshotTaker(QString file, QObject *parent)
    : QObject(parent), m_file(std::move(file))
{
    m_poll.setInterval(200);
    m_deadline.setSingleShot(true);
    connect(&m_poll, &QTimer::timeout, this, &ScreenshotTaker::poll);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        qCWarning(lcScreenshot) << "the window was not ready in time; saving it as it is";
        save();
    });
}

void ScreenshotTaker::capture(QWidget *window, std::function<bool()> ready, int timeoutMs)
{
    m_window = window;
    m_ready = std::move(ready);
    m_taken = false;
    m_deadline.start(timeoutMs);
    m_poll.start();
}

void ScreenshotTaker::poll()
{
    if (m_window && m_window->isVisible() && (!m_ready || m_ready())) {
        m_poll.stop();
        // One more beat, so layouts and the first paint have settled.
        QTimer::singleShot(400, this, &ScreenshotTaker::save);
    }
}

void ScreenshotTaker::save()
{
    if (m_taken)
        return;
    m_taken = true;
    m_poll.stop();
    m_deadline.stop();
    const bool saved = m_window && m_window->grab().save(m_file, "PNG");
    if (saved)
        qCInfo(lcScreenshot).noquote() << "saved" << m_file;
    else
        qCWarning(lcScreenshot).noquote() << "could not save" << m_file;
    emit done(saved);
}
