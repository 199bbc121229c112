<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CivicDesk</name>
    <message numerus="yes">
        <source>Priority follows %n distinct reporter(s).</source>
        <translation>
            <numerusform>Priority follows %n distinct reporter.</numerusform>
            <numerusform>Priority follows %n distinct reporters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total: %n request(s)</source>
        <translation>
            <numerusform>Total: %n request</numerusform>
            <numerusform>Total: %n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Citizen satisfaction: %1 of 5 from %n rating(s).</source>
        <translation>
            <numerusform>Citizen satisfaction: %1 of 5 from %n rating.</numerusform>
            <numerusform>Citizen satisfaction: %1 of 5 from %n ratings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CivicDesk::AlertList</name>
    <message numerus="yes">
        <source>(%n alert(s))</source>
        <translation>
            <numerusform>(%n alert)</numerusform>
            <numerusform>(%n alerts)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CivicDesk::CallPanel</name>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) waiting — F6 takes the next</source>
        <translation>
            <numerusform>%n call waiting — F6 takes it</numerusform>
            <numerusform>%n calls waiting — F6 takes the next</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CivicDesk::CampaignDialog</name>
    <message numerus="yes">
        <source>%n chosen citizen(s) agreed to no message and get nothing.</source>
        <translation>
            <numerusform>%n chosen citizen agreed to no message and gets nothing.</numerusform>
            <numerusform>%n chosen citizens agreed to no message and get nothing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reaches %n citizen(s): </source>
        <translation>
            <numerusform>Reaches %n citizen: </numerusform>
            <numerusform>Reaches %n citizens: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send “%1” to %n citizen(s)? It cannot be called back.</source>
        <translation>
            <numerusform>Send “%1” to %n citizen? It cannot be called back.</numerusform>
            <numerusform>Send “%1” to %n citizens? It cannot be called back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent in about %n minute(s).</source>
        <translation>
            <numerusform>Sent in about %n minute.</numerusform>
            <numerusform>Sent in about %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The SMS takes %n message(s).</source>
        <translation>
            <numerusform>The SMS takes %n message.</numerusform>
            <numerusform>The SMS takes %n messages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CivicDesk::CitizenPage</name>
    <message numerus="yes">
        <source>Report accuracy: %1 % over %n rated report(s)</source>
        <translation>
            <numerusform>Report accuracy: %1 % over %n rated report</numerusform>
            <numerusform>Report accuracy: %1 % over %n rated reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older request(s) fetched from the server; this desk keeps them.</source>
        <translation>
            <numerusform>%n older request fetched from the server; this desk keeps it.</numerusform>
            <numerusform>%n older requests fetched from the server; this desk keeps them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CivicDesk::DashboardPanel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CivicDesk::DeskApplication</name>
    <message numerus="yes">
        <source>%n change(s) of yours have not reached the server yet. Stay signed in until they have (the status bar says &quot;all sent&quot;), so that they are sent in your name.</source>
        <translation>
            <numerusform>%n change of yours has not reached the server yet. Stay signed in until it has (the status bar says &quot;all sent&quot;), so that it is sent in your name.</numerusform>
            <numerusform>%n changes of yours have not reached the server yet. Stay signed in until they have (the status bar says &quot;all sent&quot;), so that they are sent in your name.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s data was replaced (restored from a backup or loaded anew). This desk fetches the server&apos;s new copy and works on it; %n change(s) made here and not yet sent are carried over and sent, drafts are kept, and the present file is kept beside the new one.</source>
        <translation>
            <numerusform>The server&apos;s data was replaced (restored from a backup or loaded anew). This desk fetches the server&apos;s new copy and works on it; %n change made here and not yet sent is carried over and sent, drafts are kept, and the present file is kept beside the new one.</numerusform>
            <numerusform>The server&apos;s data was replaced (restored from a backup or loaded anew). This desk fetches the server&apos;s new copy and works on it; %n changes made here and not yet sent are carried over and sent, drafts are kept, and the present file is kept beside the new one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) from citizens waiting</source>
        <translation>
            <numerusform>%n e-mail from a citizen waiting</numerusform>
            <numerusform>%n e-mails from citizens waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reply(ies) added to their requests</source>
        <translation>
            <numerusform>%n reply added to its request</numerusform>
            <numerusform>%n replies added to their requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CivicDesk::IntakeForm</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Priority %1 · target %n working hour(s) · duplicates within %2 m</source>
        <translation>
            <numerusform>Priority %1 · target %n working hour · duplicates within %2 m</numerusform>
            <numerusform>Priority %1 · target %n working hours · duplicates within %2 m</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reporter(s)</source>
        <translation>
            <numerusform>%n reporter</numerusform>
            <numerusform>%n reporters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n open request(s) of this type within %1 m&lt;/b&gt; — the same problem? Join it with Ctrl+L (Alt+Up/Down to choose), or file a new one with Ctrl+Enter.</source>
        <translation>
            <numerusform>&lt;b&gt;%n open request of this type within %1 m&lt;/b&gt; — the same problem? Join it with Ctrl+L, or file a new one with Ctrl+Enter.</numerusform>
            <numerusform>&lt;b&gt;%n open requests of this type within %1 m&lt;/b&gt; — the same problem? Join one with Ctrl+L (Alt+Up/Down to choose), or file a new one with Ctrl+Enter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CivicDesk::MainWindow</name>
    <message numerus="yes">
        <source>%n new alert(s): %1</source>
        <translation>
            <numerusform>%n new alert: %1</numerusform>
            <numerusform>%n new alerts: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>CivicDesk: %n new alert(s)</source>
        <translation>
            <numerusform>CivicDesk: %n new alert</numerusform>
            <numerusform>CivicDesk: %n new alerts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CivicDesk::MapPanel</name>
    <message numerus="yes">
        <source>Heat map: %Ln request(s) in the period.</source>
        <translation>
            <numerusform>Heat map: %Ln request in the period.</numerusform>
            <numerusform>Heat map: %Ln requests in the period.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n stop(s), %2 from the depot.</source>
        <translation>
            <numerusform>%1: %n stop, %2 from the depot.</numerusform>
            <numerusform>%1: %n stops, %2 from the depot.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending request(s) in view</source>
        <translation>
            <numerusform>%Ln pending request in view</numerusform>
            <numerusform>%Ln pending requests in view</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n marker(s)</source>
        <translation>
            <numerusform>%n marker</numerusform>
            <numerusform>%n markers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 · %3 · %4 · %5 · %n day(s) old</source>
        <translation>
            <numerusform>%1 — %2 · %3 · %4 · %5 · %n day old</numerusform>
            <numerusform>%1 — %2 · %3 · %4 · %5 · %n days old</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CivicDesk::MapWidget</name>
    <message numerus="yes">
        <source>%Ln requests here; click to zoom in</source>
        <translation>
            <numerusform>%Ln request here; click to zoom in</numerusform>
            <numerusform>%Ln requests here; click to zoom in</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CivicDesk::QueuePanel</name>
    <message numerus="yes">
        <source>%n escalation step(s) taken.</source>
        <translation>
            <numerusform>%n escalation step taken.</numerusform>
            <numerusform>%n escalation steps taken.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CivicDesk::RequestActions</name>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CivicDesk::RequestDetailView</name>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(and %n more)</numerusform>
            <numerusform>(and %n more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s): Enter opens the request with them.</source>
        <translation>
            <numerusform>%n photo: Enter opens the request with it.</numerusform>
            <numerusform>%n photos: Enter opens the request with them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CivicDesk::RequestPage</name>
    <message numerus="yes">
        <source>waiting: tried %n time(s), next at %1 (%2)</source>
        <translation>
            <numerusform>waiting: tried once, next at %1 (%2)</numerusform>
            <numerusform>waiting: tried %n times, next at %1 (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CivicDesk::RouteDialog</name>
    <message numerus="yes">
        <source>%n request(s) assigned to the crew.</source>
        <translation>
            <numerusform>%n request assigned to the crew.</numerusform>
            <numerusform>%n requests assigned to the crew.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s), %1 km from the depot through the last stop (nearest neighbour alone: %2 km).</source>
        <translation>
            <numerusform>%n stop, %1 km from the depot through the last stop (nearest neighbour alone: %2 km).</numerusform>
            <numerusform>%n stops, %1 km from the depot through the last stop (nearest neighbour alone: %2 km).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Start from the depot (%1, %2); %n stop(s), %3 km.</source>
        <translation>
            <numerusform>Start from the depot (%1, %2); %n stop, %3 km.</numerusform>
            <numerusform>Start from the depot (%1, %2); %n stops, %3 km.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CivicDesk::SearchPanel</name>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CivicDesk::SettingsDialog</name>
    <message numerus="yes">
        <source>Preview: %n tile(s) shown</source>
        <translation>
            <numerusform>Preview: %n tile shown</numerusform>
            <numerusform>Preview: %n tiles shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n missing</numerusform>
            <numerusform>%n missing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CivicDesk::SyncStatus</name>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CivicDesk::TemplatesDialog</name>
    <message numerus="yes">
        <source>%1 characters · %n SMS (%2)</source>
        <translation>
            <numerusform>%1 characters · %n SMS (%2)</numerusform>
            <numerusform>%1 characters · %n SMS (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) changed and not saved. Close and lose the changes?</source>
        <translation>
            <numerusform>%n template changed and not saved. Close and lose the change?</numerusform>
            <numerusform>%n templates changed and not saved. Close and lose the changes?</numerusform>
        </translation>
    </message>
</context>
</TS>
