// LanguageSwitcher: the console's and Qt's translators, the locale, the
// remembered choice, and QEvent::LanguageChange reaching a widget.
#include "ui/common/languageswitcher.h"

#include <QEvent>
#include <QLocale>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace {

class LanguageWatcher : public QWidget
{
public:
    int changes = 0;

protected:
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            ++changes;
        QWidget::changeEvent(event);
    }
};

} // namespace

class tst_LanguageSwitcher : public QObject
{
    Q_OBJECT

private slots:
    void switchesAndRemembers();
    void refusesWhatItDoesNotSpeak();
    void namesEachLanguageInItself();

private:
    QTemporaryDir m_dir;
};

void tst_LanguageSwitcher::switchesAndRemembers()
{
    QSettings settings(m_dir.filePath(u"a.ini"_s), QSettings::IniFormat);
    LanguageWatcher widget;
    widget.show();
    {
        LanguageSwitcher switcher(settings);
        QSignalSpy changed(&switcher, &LanguageSwitcher::languageChanged);
        QVERIFY(switcher.setLanguage(u"zh_CN"_s));
        QCOMPARE(switcher.language(), u"zh_CN"_s);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(QLocale().language(), QLocale::Chinese);
        // The console's words and Qt's own.
        QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), u"文件(&F)"_s);
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"取消"_s);
        QCOMPARE(QCoreApplication::translate("AgeText", "%n minute(s) ago", nullptr, 5),
                 u"5 分钟前"_s);
        QTRY_VERIFY(widget.changes > 0);
        QCOMPARE(settings.value(u"ui/language"_s).toString(), u"zh_CN"_s);

        const int before = widget.changes;
        QVERIFY(switcher.setLanguage(u"en"_s));
        QTRY_VERIFY(widget.changes > before);
        QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), u"&File"_s);
        QCOMPARE(QCoreApplication::translate("AgeText", "%n minute(s) ago", nullptr, 1),
                 u"1 minute ago"_s);
        QCOMPARE(QCoreApplication::translate("AgeText", "%n minute(s) ago", nullptr, 5),
                 u"5 minutes ago"_s);
        QCOMPARE(QLocale().language(), QLocale::English);
        QCOMPARE(changed.count(), 2);
        QVERIFY(switcher.setLanguage(u"zh_CN"_s));
    }
    // Gone with the switcher: no translator left behind.
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), u"&File"_s);
    LanguageSwitcher next(settings);
    QCOMPARE(next.initialLanguage(), u"zh_CN"_s);
}

void tst_LanguageSwitcher::refusesWhatItDoesNotSpeak()
{
    QSettings settings(m_dir.filePath(u"b.ini"_s), QSettings::IniFormat);
    LanguageSwitcher switcher(settings);
    QVERIFY(switcher.setLanguage(u"en"_s));
    QSignalSpy changed(&switcher, &LanguageSwitcher::languageChanged);
    QVERIFY(!switcher.setLanguage(u"fr"_s));
    QCOMPARE(switcher.language(), u"en"_s);
    QCOMPARE(changed.count(), 0);
    settings.setValue(u"ui/language"_s, u"klingon"_s);
    QVERIFY(LanguageSwitcher::languages().contains(switcher.initialLanguage()));
}

void tst_LanguageSwitcher::namesEachLanguageInItself()
{
    QCOMPARE(LanguageSwitcher::languages(), QStringList({u"en"_s, u"zh_CN"_s}));
    QCOMPARE(LanguageSwitcher::nativeName(u"en"_s), u"English"_s);
    QCOMPARE(LanguageSwitcher::nativeName(u"zh_CN"_s), u"中文"_s);
}

QTEST_MAIN(tst_LanguageSwitcher)
#include "tst_languageswitcher.moc"
