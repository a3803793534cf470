#include "audit/AuditCsv.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace AuditCsv {

QByteArray field(const QString &value)
{
    QString text = value;
    // Spreadsheets run a cell that starts with one of these as a formula, which lets a value
    // an agent chose (a detail, a name) start a program or leak data when the file is opened.
    static const QString FormulaStarts = u"=+-@"_s;
    if (!text.isEmpty() && FormulaStarts.contains(text.front()))
        text.prepend(u'\'');

    const bool needsQuotes = text.contains(u',') || text.contains(u'"') || text.contains(u'\r') || text.contains(u'\n');
    if (!needsQuotes)
        return text.toUtf8();
    text.replace(u"\""_s, u"\"\""_s);
    return '"' + text.toUtf8() + '"';
}

QByteArray format(const QList<AuditEvent> &events)
{
    QByteArray csv = "id,time,action,outcome,agent_id,session,connection_id,remote_address,detail\r\n";
    for (const AuditEvent &event : events) {
        const QStringList values{
            QString::number(event.id),
            event.time.toUTC().toString(Qt::ISODateWithMs),
            event.action,
            event.outcome,
            event.agentId,
            event.sessionPrefix,
            event.connectionId,
            event.remoteAddress,
            event.detail,
        };
        QList<QByteArray> fields;
        fields.reserve(values.size());
        for (const QString &value : values)
            fields.append(field(value));
        csv += fields.join(',');
        csv += "\r\n";
    }
    return csv;
}

} // namespace AuditCsv
