#include "TranslationLoader.h"

#include <QTranslator>

using namespace Qt::StringLiterals;

QLocale TranslationLoader::localeFor(const QString &setting)
{
    return setting.isEmpty() ? QLocale::system() : QLocale(setting);
}

bool TranslationLoader::load(QTranslator &translator, const QLocale &locale)
{
    if (translator.load(locale, u"securecontext"_s, u"_"_s, u":/i18n"_s))
        return true;
    // The source strings are English, so English needs only its %n plural forms.
    return translator.load(u"securecontext_en"_s, u":/i18n"_s);
}
