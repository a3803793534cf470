// A second instance with the same key finds the first one and requests that it show its window.

#include "SingleInstance.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

class SingleInstanceTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondInstanceActivatesFirst();
    void otherKeyIsIndependent();
};

void SingleInstanceTest::secondInstanceActivatesFirst()
{
    const QString key = QUuid::createUuid().toString();
    SingleInstance first(key);
    QVERIFY(!first.activateRunningInstance());
    QSignalSpy activated(&first, &SingleInstance::activationRequested);

    SingleInstance second(key);
    QCOMPARE(second.serverName(), first.serverName());
    QVERIFY(second.activateRunningInstance());
    QVERIFY(activated.wait(5000));
    QCOMPARE(activated.size(), 1);
}

void SingleInstanceTest::otherKeyIsIndependent()
{
    SingleInstance first(QUuid::createUuid().toString());
    QVERIFY(!first.activateRunningInstance());
    SingleInstance other(QUuid::createUuid().toString());
    QVERIFY(other.serverName() != first.serverName());
    QVERIFY(!other.activateRunningInstance());
}

QTEST_MAIN(SingleInstanceTest)
#include "tst_singleinstance.moc"
