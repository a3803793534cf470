// EventBus delivery and the text/event-stream framing of EventStream::format().

#include "api/EventStream.h"
#include "events/EventBus.h"

#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

class EventBusTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void publishReachesSubscribers();
    void publishFillsTime();
    void unsubscribeStopsDelivery();
    void subscriberMayUnsubscribeItself();
    void publishFromManyThreads();
    void eventFormat_data();
    void eventFormat();
};

void EventBusTest::publishReachesSubscribers()
{
    EventBus bus;
    QStringList first;
    QStringList second;
    bus.subscribe([&first](const ApiEvent &event) { first.append(event.type); });
    bus.subscribe([&second](const ApiEvent &event) { second.append(event.connectionId); });

    ApiEvent event;
    event.type = QString::fromLatin1(ApiEventType::TokenRefreshed);
    event.connectionId = u"connection-1"_s;
    bus.publish(event);

    QCOMPARE(first, QStringList{u"token.refreshed"_s});
    QCOMPARE(second, QStringList{u"connection-1"_s});
}

void EventBusTest::publishFillsTime()
{
    EventBus bus;
    QDateTime seen;
    bus.subscribe([&seen](const ApiEvent &event) { seen = event.time; });

    const QDateTime before = QDateTime::currentDateTimeUtc();
    bus.publish(ApiEvent{});
    QVERIFY(seen.isValid());
    QVERIFY(seen >= before);
    QCOMPARE(seen.timeSpec(), Qt::UTC);

    const QDateTime fixed = QDateTime::fromSecsSinceEpoch(1000, Qt::UTC);
    ApiEvent timed;
    timed.time = fixed;
    bus.publish(timed);
    QCOMPARE(seen, fixed);
}

void EventBusTest::unsubscribeStopsDelivery()
{
    EventBus bus;
    int calls = 0;
    const quint64 id = bus.subscribe([&calls](const ApiEvent &) { ++calls; });
    bus.publish(ApiEvent{});
    bus.unsubscribe(id);
    bus.publish(ApiEvent{});
    QCOMPARE(calls, 1);
    QCOMPARE(bus.subscriberCount(), 0);
}

void EventBusTest::subscriberMayUnsubscribeItself()
{
    EventBus bus;
    int calls = 0;
    quint64 id = 0;
    id = bus.subscribe([&](const ApiEvent &) {
        ++calls;
        bus.unsubscribe(id);
    });
    bus.publish(ApiEvent{});
    bus.publish(ApiEvent{});
    QCOMPARE(calls, 1);
}

void EventBusTest::publishFromManyThreads()
{
    EventBus bus;
    std::atomic<int> calls{0};
    bus.subscribe([&calls](const ApiEvent &) { calls.fetch_add(1); });

    constexpr int Threads = 4;
    constexpr int EventsPerThread = 500;
    QList<QThread *> threads;
    for (int i = 0; i < Threads; ++i) {
        threads.append(QThread::create([&bus] {
            for (int n = 0; n < EventsPerThread; ++n)
                bus.publish(ApiEvent{});
        }));
        threads.last()->start();
    }
    for (QThread *thread : threads) {
        QVERIFY(thread->wait(10000));
        delete thread;
    }
    QCOMPARE(calls.load(), Threads * EventsPerThread);
}

void EventBusTest::eventFormat_data()
{
    QTest::addColumn<QByteArray>("event");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("one line") << QByteArray("token.refreshed") << QByteArray(R"({"a":1})")
                              << QByteArray("event: token.refreshed\ndata: {\"a\":1}\n\n");
    QTest::newRow("no event name") << QByteArray() << QByteArray("x") << QByteArray("data: x\n\n");
    QTest::newRow("empty data") << QByteArray("e") << QByteArray() << QByteArray("event: e\ndata: \n\n");
    QTest::newRow("hostile: LF in data") << QByteArray("e") << QByteArray("a\nevent: forged")
                                         << QByteArray("event: e\ndata: a\ndata: event: forged\n\n");
    QTest::newRow("hostile: CR in data") << QByteArray("e") << QByteArray("a\rb")
                                         << QByteArray("event: e\ndata: a\ndata: b\n\n");
    QTest::newRow("hostile: CRLF in data") << QByteArray("e") << QByteArray("a\r\n\r\nb")
                                           << QByteArray("event: e\ndata: a\ndata: \ndata: b\n\n");
}

void EventBusTest::eventFormat()
{
    QFETCH(QByteArray, event);
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, expected);
    QCOMPARE(EventStream::format(event, data), expected);
}

QTEST_GUILESS_MAIN(EventBusTest)
#include "tst_eventbus.moc"
