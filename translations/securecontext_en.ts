<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActivityPage</name>
    <message numerus="yes">
        <source>Showing the newest %n event(s)</source>
        <translation>
            <numerusform>Showing the newest %n event</numerusform>
            <numerusform>Showing the newest %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgentsPage</name>
    <message numerus="yes">
        <source>%n request(s) waiting for your decision.</source>
        <comment>pairing and connect requests</comment>
        <translation>
            <numerusform>%n request waiting for your decision.</numerusform>
            <numerusform>%n requests waiting for your decision.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectRequestPrompt</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <comment>session lifetime</comment>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <comment>session lifetime</comment>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionsModel</name>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <comment>access token expiry</comment>
        <translation>
            <numerusform>in %n hour</numerusform>
            <numerusform>in %n hours</numerusform>
        </translation>
    </message>
</context>
</TS>
