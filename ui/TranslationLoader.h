#pragma once

#include <QLocale>
#include <QString>

class QTranslator;

// Chooses and loads the GUI's translation, compiled in under :/i18n.
class TranslationLoader
{
public:
    // Returns the locale to use: `setting` ("de", "zh_CN", "en") when set, else the system's.
    static QLocale localeFor(const QString &setting);
    // Loads securecontext_<lang>.qm for `locale` into `translator`. Returns false when no
    // translation exists, for example for English, the source language.
    static bool load(QTranslator &translator, const QLocale &locale);
};
