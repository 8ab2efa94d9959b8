#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// A strip above a form or a table that says what went wrong, what is offline,
// or a plain notice; with an optional button (Retry). Hidden when empty.
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Error, Warning, Notice };

    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text);
    void clear();
    QString text() const;
    Kind kind() const { return m_kind; }
    // The button shows only when it has a text.
    void setActionText(const QString &text);

signals:
    void actionTriggered();

private:
    QLabel *m_label;
    QPushButton *m_action;
    Kind m_kind = Kind::Notice;
};
