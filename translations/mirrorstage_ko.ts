<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>BatchWriter</name>
    <message>
        <source>Agent %1 is not enrolled; its records were not stored.</source>
        <translation>에이전트 %1이(가) 등록되어 있지 않아 레코드를 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>Agent %1 is %2, not accepted; its records were not stored.</source>
        <translation>에이전트 %1이(가) 수락되지 않은 상태(%2)여서 레코드를 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>Record %1 of agent %2 has no valid boot id; nothing of this submission was stored.</source>
        <translation>에이전트 %2의 레코드 %1에 유효한 부팅 ID가 없어 이번 제출분은 하나도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>Record of agent %1 (boot %2) has seq %3, but seqs run from 1 to 2^63-1; nothing of this submission was stored.</source>
        <translation>에이전트 %1(부팅 %2)의 레코드 seq가 %3이지만 seq는 1부터 2^63-1까지입니다. 이번 제출분은 하나도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>Record %1 of agent %2 (boot %3) is not a CBOR map; nothing of this submission was stored.</source>
        <translation>에이전트 %2(부팅 %3)의 레코드 %1이(가) CBOR 맵이 아니어서 이번 제출분은 하나도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>Gap record %1 of agent %2 (boot %3) does not say which records were lost (needs integers first_seq and last_seq, 1 &lt;= first_seq &lt;= last_seq); nothing of this submission was stored.</source>
        <translation>에이전트 %2(부팅 %3)의 갭 레코드 %1에 유실된 레코드의 범위가 없어(정수 first_seq와 last_seq가 필요하며 1 &lt;= first_seq &lt;= last_seq) 이번 제출분은 하나도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>Log record %1 of agent %2 (boot %3) has no message text; nothing of this submission was stored.</source>
        <translation>에이전트 %2(부팅 %3)의 로그 레코드 %1에 메시지 텍스트가 없어 이번 제출분은 하나도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>Record %1 of agent %2 (boot %3) is of an unknown kind; nothing of this submission was stored.</source>
        <translation>에이전트 %2(부팅 %3)의 레코드 %1이(가) 알 수 없는 종류여서 이번 제출분은 하나도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>The boot %1 just written for host %2 cannot be read back from %3.</source>
        <translation>호스트 %2에 방금 기록한 부팅 %1을(를) %3에서 다시 읽을 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>ConsoleIdentity</name>
    <message>
        <source>cannot save the console&apos;s public key: %1</source>
        <translation>콘솔의 공개 키를 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot read the console&apos;s public key: %1</source>
        <translation>콘솔의 공개 키를 읽을 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>ConsoleKey</name>
    <message>
        <source>the keychain entry &quot;%1&quot; is not an Ed25519 key; remove it to make a new one (agents must then be enrolled again)</source>
        <translation>키체인 항목 &quot;%1&quot;은(는) Ed25519 키가 아닙니다. 삭제하면 새 키를 만듭니다(이 경우 에이전트를 다시 등록해야 합니다)</translation>
    </message>
    <message>
        <source>%1 The console keeps its signing key there, so the hub is not started. On a server without a keychain, start with --key-file PATH.</source>
        <translation>%1 콘솔의 서명 키는 키체인에 보관되므로 허브를 시작하지 않았습니다. 키체인이 없는 서버에서는 --key-file PATH로 시작하십시오.</translation>
    </message>
    <message>
        <source>cannot generate an Ed25519 key (libcrypto failed)</source>
        <translation>Ed25519 키를 생성할 수 없습니다(libcrypto 실패)</translation>
    </message>
    <message>
        <source>cannot save the console&apos;s new signing key: %1</source>
        <translation>콘솔의 새 서명 키를 저장할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>ConsoleSettingsLoader</name>
    <message>
        <source>Run the hub and the store without a window (servers, tests).</source>
        <translation>창 없이 허브와 데이터베이스를 실행합니다(서버, 테스트용).</translation>
    </message>
    <message>
        <source>Where agents connect: ADDRESS:PORT (default 127.0.0.1:7340).</source>
        <translation>에이전트가 접속할 주소: ADDRESS:PORT(기본값 127.0.0.1:7340).</translation>
    </message>
    <message>
        <source>address:port</source>
        <translation>주소:포트</translation>
    </message>
    <message>
        <source>The SQLite database (default: in the XDG data directory).</source>
        <translation>SQLite 데이터베이스(기본값: XDG 데이터 디렉터리 안).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Keep the console&apos;s signing key in this file (mode 0600) instead of the keychain.</source>
        <translation>콘솔의 서명 키를 키체인 대신 이 파일(모드 0600)에 보관합니다.</translation>
    </message>
    <message>
        <source>Serve wss:// with this PEM certificate chain.</source>
        <translation>이 PEM 인증서 체인으로 wss://를 제공합니다.</translation>
    </message>
    <message>
        <source>The PEM private key of --tls-cert.</source>
        <translation>--tls-cert 인증서의 PEM 개인 키.</translation>
    </message>
    <message>
        <source>Start a demo fleet: reflector agents on this machine, in three racks, streaming to this console.</source>
        <translation>데모 플릿을 시작합니다: 이 머신에서 reflector 에이전트를 랙 세 개에 나누어 실행하고 이 콘솔로 스트리밍합니다.</translation>
    </message>
    <message>
        <source>How many hosts the demo fleet has, 1 to %1 (default %2).</source>
        <translation>데모 플릿의 호스트 수, 1~%1(기본값 %2).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>개수</translation>
    </message>
    <message>
        <source>The reflector program the demo fleet runs (default: next to mirrorstage, else in the build tree).</source>
        <translation>데모 플릿이 실행할 reflector 프로그램(기본값: mirrorstage와 같은 디렉터리, 없으면 빌드 트리).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>경로</translation>
    </message>
    <message>
        <source>Where the demo fleet keeps its agents&apos; configuration, keys, outboxes and logs.</source>
        <translation>데모 플릿이 에이전트의 설정, 키, 아웃박스, 로그를 보관하는 위치.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>디렉터리</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address to listen on; use ADDRESS:PORT such as 127.0.0.1:7340</source>
        <translation>&quot;%1&quot;은(는) 수신 대기할 수 있는 주소가 아닙니다. 127.0.0.1:7340처럼 ADDRESS:PORT 형식으로 지정하십시오</translation>
    </message>
    <message>
        <source>TLS needs both a certificate (--tls-cert) and its key (--tls-key)</source>
        <translation>TLS에는 인증서(--tls-cert)와 그 키(--tls-key)가 모두 필요합니다</translation>
    </message>
    <message>
        <source>hub/missed_intervals_offline in %1 must be a whole number from 1 to 1000</source>
        <translation>%1의 hub/missed_intervals_offline은(는) 1에서 1000 사이의 정수여야 합니다</translation>
    </message>
    <message>
        <source>hub/pending_retry_seconds in %1 must be a whole number from 1 to 86400</source>
        <translation>%1의 hub/pending_retry_seconds은(는) 1에서 86400 사이의 정수여야 합니다</translation>
    </message>
    <message>
        <source>%1 in %2 must be a number of days from 0.01 to %3</source>
        <translation>%2의 %1은(는) 0.01에서 %3 사이의 일수여야 합니다</translation>
    </message>
    <message>
        <source>--%1 goes with --demo-fleet</source>
        <translation>--%1은(는) --demo-fleet과 함께 사용해야 합니다</translation>
    </message>
    <message>
        <source>--demo-hosts takes a whole number from 1 to %1, got &quot;%2&quot;</source>
        <translation>--demo-hosts에는 1에서 %1 사이의 정수를 지정해야 합니다(지정값 &quot;%2&quot;)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The SQLite driver of QtSql (QSQLITE) is not installed. Install the package libqt6sql6-sqlite and start again.</source>
        <translation>QtSql의 SQLite 드라이버(QSQLITE)가 설치되어 있지 않습니다. libqt6sql6-sqlite 패키지를 설치한 뒤 다시 시작하십시오.</translation>
    </message>
    <message>
        <source>No path was given for the database. Set one, or set HOME so that the default location can be found.</source>
        <translation>데이터베이스 경로가 지정되지 않았습니다. 경로를 지정하거나, 기본 위치를 찾을 수 있도록 HOME을 설정하십시오.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database %2. Make sure this user may create it, or choose another location for the database.</source>
        <translation>데이터베이스 %2의 폴더 %1을(를) 만들 수 없습니다. 이 사용자에게 폴더를 만들 권한이 있는지 확인하거나 데이터베이스 위치를 다른 곳으로 선택하십시오.</translation>
    </message>
    <message>
        <source>The database %1 cannot be written: this user may not write to %2 (the database and its -wal and -shm files live there). Fix the permissions or choose another location.</source>
        <translation>데이터베이스 %1에 쓸 수 없습니다. 이 사용자에게 %2에 대한 쓰기 권한이 없습니다(데이터베이스와 -wal, -shm 파일이 이곳에 있습니다). 권한을 수정하거나 다른 위치를 선택하십시오.</translation>
    </message>
    <message>
        <source>The database %1 cannot use write-ahead logging (it stays in &quot;%2&quot; mode), which the console needs so that readers do not block the writer. Put the database on a local filesystem.</source>
        <translation>데이터베이스 %1에서 WAL(write-ahead logging)을 사용할 수 없습니다(&quot;%2&quot; 모드에 머묾). 콘솔은 읽기가 쓰기를 막지 않도록 WAL이 필요합니다. 데이터베이스를 로컬 파일 시스템에 두십시오.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer MIRROR STAGE (schema version %2; this program knows versions up to %3). Upgrade MIRROR STAGE and msctl to use it; the file was left unchanged.</source>
        <translation>데이터베이스 %1은(는) 더 새로운 MIRROR STAGE가 기록한 것입니다(스키마 버전 %2, 이 프로그램은 버전 %3까지 지원). 사용하려면 MIRROR STAGE와 msctl을 업그레이드하십시오. 파일은 변경하지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program (it has tables but no MIRROR STAGE schema version). Choose another path for the MIRROR STAGE database; the file was left unchanged.</source>
        <translation>%1은(는) 다른 프로그램의 SQLite 데이터베이스입니다(테이블은 있지만 MIRROR STAGE 스키마 버전이 없음). MIRROR STAGE 데이터베이스 경로를 다르게 지정하십시오. 파일은 변경하지 않았습니다.</translation>
    </message>
    <message>
        <source>Internal error: the database connection name %1 is already in use.</source>
        <translation>내부 오류: 데이터베이스 연결 이름 %1이(가) 이미 사용 중입니다.</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>OK</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>위험</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>응답 지연</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>오프라인</translation>
    </message>
</context>
<context>
    <name>HealthRules</name>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>메모리</translation>
    </message>
    <message>
        <source>swap</source>
        <translation>스왑</translation>
    </message>
    <message>
        <source>load per core</source>
        <translation>코어당 부하</translation>
    </message>
    <message>
        <source>filesystem</source>
        <translation>파일 시스템</translation>
    </message>
    <message>
        <source>temperature</source>
        <translation>온도</translation>
    </message>
    <message>
        <source>the %1 warning threshold must be above 0 and below its critical threshold</source>
        <translation>%1 경고 임계값은 0보다 크고 위험 임계값보다 작아야 합니다</translation>
    </message>
    <message>
        <source>the %1 critical threshold is a percentage: at most 100</source>
        <translation>%1 위험 임계값은 백분율이므로 100 이하여야 합니다</translation>
    </message>
    <message>
        <source>a host can be stale after 1 missed interval at the earliest</source>
        <translation>응답 지연 기준은 누락된 주기 1회 이상이어야 합니다</translation>
    </message>
    <message>
        <source>%1 at %2 (critical from %3)</source>
        <translation>%1 %2 (위험 기준 %3)</translation>
    </message>
    <message>
        <source>%1 at %2 (warning from %3)</source>
        <translation>%1 %2 (경고 기준 %3)</translation>
    </message>
    <message>
        <source>the agent is not connected</source>
        <translation>에이전트가 연결되어 있지 않습니다</translation>
    </message>
    <message>
        <source>connected, but no sample has arrived yet</source>
        <translation>연결되었지만 아직 샘플이 도착하지 않았습니다</translation>
    </message>
    <message numerus="yes">
        <source>no sample for %n second(s)</source>
        <translation>
            <numerusform>%n초 동안 샘플 없음</numerusform>
        </translation>
    </message>
    <message>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <source>memory %</source>
        <translation>메모리 %</translation>
    </message>
    <message>
        <source>swap %</source>
        <translation>스왑 %</translation>
    </message>
    <message>
        <source>filesystem %</source>
        <translation>파일 시스템 %</translation>
    </message>
    <message>
        <source>%1 used %</source>
        <translation>%1 사용 %</translation>
    </message>
    <message>
        <source>CPU temperature °C</source>
        <translation>CPU 온도 °C</translation>
    </message>
</context>
<context>
    <name>HostRepository</name>
    <message>
        <source>pending</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>수락됨</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>거절됨</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid agent id (32 hexadecimal characters expected).</source>
        <translation>&quot;%1&quot;은(는) 올바른 에이전트 ID가 아닙니다(16진수 32자여야 합니다).</translation>
    </message>
    <message>
        <source>The hello of agent %1 carries a public key of %2 bytes; an Ed25519 public key has 32.</source>
        <translation>에이전트 %1의 hello에 담긴 공개 키가 %2바이트입니다. Ed25519 공개 키는 32바이트입니다.</translation>
    </message>
    <message>
        <source>Agent %1 (%2) presented a public key other than the one it enrolled with, so its hello was refused. If the agent was reinstalled, remove the host from the console and enrol it again.</source>
        <translation>에이전트 %1(%2)이(가) 등록할 때와 다른 공개 키를 제시하여 hello를 거부했습니다. 에이전트를 다시 설치했다면 콘솔에서 호스트를 제거한 뒤 다시 등록하십시오.</translation>
    </message>
    <message>
        <source>No host with agent id %1 is known to the console.</source>
        <translation>콘솔에 에이전트 ID가 %1인 호스트가 없습니다.</translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <source>cannot generate an Ed25519 key (libcrypto failed)</source>
        <translation>Ed25519 키를 생성할 수 없습니다(libcrypto 실패)</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1을(를) 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 can be read by other users (mode %2); run `chmod 600 %1`</source>
        <translation>다른 사용자가 %1을(를) 읽을 수 있습니다(모드 %2). `chmod 600 %1`을 실행하십시오</translation>
    </message>
    <message>
        <source>%1 is not an Ed25519 private key in PEM form</source>
        <translation>%1은(는) PEM 형식의 Ed25519 개인 키가 아닙니다</translation>
    </message>
</context>
<context>
    <name>PlacementRepository</name>
    <message>
        <source>a host can only be moved into a named rack</source>
        <translation>호스트는 이름이 있는 랙으로만 옮길 수 있습니다</translation>
    </message>
    <message>
        <source>no host has the agent id %1</source>
        <translation>에이전트 ID가 %1인 호스트가 없습니다</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>the console cannot record this agent right now: %1</source>
        <translation>콘솔이 지금은 이 에이전트를 기록할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 (처리자: %2)</translation>
    </message>
    <message>
        <source>waiting for an operator to accept agent %1 (%2): msctl enroll accept %1</source>
        <translation>운영자가 에이전트 %1(%2)을(를) 수락하기를 기다리는 중: msctl enroll accept %1</translation>
    </message>
</context>
<context>
    <name>RackLayout</name>
    <message>
        <source>&quot;%1&quot; must be a number from %2 to %3</source>
        <translation>&quot;%1&quot;은(는) %2에서 %3 사이의 숫자여야 합니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number</source>
        <translation>&quot;%1&quot;은(는) 정수여야 합니다</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>알 수 없는 키 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a rack must be an object</source>
        <translation>랙은 객체여야 합니다</translation>
    </message>
    <message>
        <source>&quot;name&quot; must be a non-empty string</source>
        <translation>&quot;name&quot;은 비어 있지 않은 문자열이어야 합니다</translation>
    </message>
    <message>
        <source>&quot;position&quot; must be an object with x and z in metres</source>
        <translation>&quot;position&quot;은 x와 z(미터 단위)를 가진 객체여야 합니다</translation>
    </message>
    <message>
        <source>&quot;size&quot; must be an object with columns, slots and depth</source>
        <translation>&quot;size&quot;는 columns, slots, depth를 가진 객체여야 합니다</translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation>%1: %2바이트 위치가 올바른 JSON이 아닙니다: %3</translation>
    </message>
    <message>
        <source>%1: expected {&quot;racks&quot;: [...]}%2</source>
        <translation>%1: {&quot;racks&quot;: [...]} 형식이어야 합니다%2</translation>
    </message>
    <message>
        <source>%1: rack %2: %3</source>
        <translation>%1: 랙 %2: %3</translation>
    </message>
    <message>
        <source>%1: rack &quot;%2&quot; is named twice</source>
        <translation>%1: 랙 이름 &quot;%2&quot;이(가) 중복되었습니다</translation>
    </message>
    <message>
        <source>cannot read the rack layout %1: %2</source>
        <translation>랙 배치 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>RackScene</name>
    <message>
        <source>Unplaced</source>
        <translation>미배치</translation>
    </message>
    <message>
        <source>Drag: orbit · Right-drag or Shift+drag: pan · Wheel: zoom · F: frame all · Double-click: focus · Alt+drag: move a host · Esc: clear the selection</source>
        <translation>드래그: 회전 · 오른쪽 드래그 또는 Shift+드래그: 이동 · 휠: 확대/축소 · F: 전체 보기 · 더블클릭: 초점 · Alt+드래그: 호스트 옮기기 · Esc: 선택 해제</translation>
    </message>
</context>
<context>
    <name>SceneLegend</name>
    <message>
        <source>Health</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>Warning: a vital past its warning threshold</source>
        <translation>경고: 지표가 경고 임계값을 넘음</translation>
    </message>
    <message>
        <source>Critical: a vital past its critical threshold</source>
        <translation>위험: 지표가 위험 임계값을 넘음</translation>
    </message>
    <message>
        <source>Stale: connected, no recent sample</source>
        <translation>응답 지연: 연결됨, 최근 샘플 없음</translation>
    </message>
    <message>
        <source>Offline: agent not connected</source>
        <translation>오프라인: 에이전트 연결 안 됨</translation>
    </message>
    <message>
        <source>Pulsing: open problem</source>
        <translation>깜박임: 미해결 문제</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>선택됨</translation>
    </message>
    <message>
        <source>Link load</source>
        <translation>링크 부하</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>유휴</translation>
    </message>
    <message>
        <source>Half of its capacity</source>
        <translation>용량의 절반</translation>
    </message>
    <message>
        <source>80 % or more</source>
        <translation>80 % 이상</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>the keychain holds no &quot;%1&quot;</source>
        <translation>키체인에 &quot;%1&quot;이(가) 없습니다</translation>
    </message>
    <message>
        <source>the keychain refused access to &quot;%1&quot;: unlock it and try again</source>
        <translation>키체인이 &quot;%1&quot;에 대한 접근을 거부했습니다. 키체인 잠금을 해제하고 다시 시도하십시오</translation>
    </message>
    <message>
        <source>no keychain is reachable (%1). Start a Secret Service such as gnome-keyring or KWallet in this session.</source>
        <translation>사용할 수 있는 키체인이 없습니다(%1). 이 세션에서 gnome-keyring이나 KWallet 같은 Secret Service를 시작하십시오.</translation>
    </message>
    <message>
        <source>the keychain failed for &quot;%1&quot;: %2</source>
        <translation>키체인에서 &quot;%1&quot; 처리에 실패했습니다: %2</translation>
    </message>
</context>
<context>
    <name>SqlErrors</name>
    <message>
        <source>The database %1 is full: the disk it is on, or the size limit set for it, has no room left (%2). Nothing of this write was stored. Free space on that disk or raise the limit.</source>
        <translation>데이터베이스 %1이(가) 가득 찼습니다. 데이터베이스가 있는 디스크 또는 설정된 크기 제한에 남은 공간이 없습니다(%2). 이번 쓰기는 하나도 저장되지 않았습니다. 디스크 공간을 확보하거나 제한을 늘리십시오.</translation>
    </message>
    <message>
        <source>%1 is damaged or is not a MIRROR STAGE database (%2). Move the file aside so that a new one is created, or restore it from a backup.</source>
        <translation>%1이(가) 손상되었거나 MIRROR STAGE 데이터베이스가 아닙니다(%2). 새 파일이 만들어지도록 파일을 다른 곳으로 옮기거나 백업에서 복원하십시오.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened for writing (%2). Check that this user may write to the file and its folder, or choose another location.</source>
        <translation>데이터베이스 %1을(를) 쓰기용으로 열 수 없습니다(%2). 이 사용자가 파일과 그 폴더에 쓸 수 있는지 확인하거나 다른 위치를 선택하십시오.</translation>
    </message>
    <message>
        <source>The database %1 stayed locked by another connection or program (%2). Close the other program (another console, a long-running msctl) and try again.</source>
        <translation>데이터베이스 %1이(가) 다른 연결이나 프로그램에 의해 계속 잠겨 있습니다(%2). 다른 프로그램(다른 콘솔, 오래 실행 중인 msctl)을 닫고 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Reading or writing the database %1 failed in the operating system (%2). Check the disk (dmesg) and its free space.</source>
        <translation>운영 체제에서 데이터베이스 %1 읽기 또는 쓰기에 실패했습니다(%2). 디스크(dmesg)와 여유 공간을 확인하십시오.</translation>
    </message>
    <message>
        <source>The database %1 reported an error: %2</source>
        <translation>데이터베이스 %1에서 오류가 발생했습니다: %2</translation>
    </message>
</context>
<context>
    <name>TokenRepository</name>
    <message>
        <source>An enrollment token must be valid for some time; %1 ms was asked for.</source>
        <translation>등록 토큰의 유효 기간은 0보다 길어야 하지만 %1 ms가 요청되었습니다.</translation>
    </message>
    <message>
        <source>The enrollment token was accepted.</source>
        <translation>등록 토큰이 수락되었습니다.</translation>
    </message>
    <message>
        <source>The enrollment token is not known to this console. Check that it was copied whole.</source>
        <translation>이 콘솔이 알지 못하는 등록 토큰입니다. 토큰이 빠짐없이 복사되었는지 확인하십시오.</translation>
    </message>
    <message>
        <source>The enrollment token was used already; each token enrols one agent. Create a new one.</source>
        <translation>이미 사용된 등록 토큰입니다. 토큰 하나로 에이전트 하나만 등록할 수 있습니다. 새 토큰을 만드십시오.</translation>
    </message>
    <message>
        <source>The enrollment token has expired. Create a new one.</source>
        <translation>등록 토큰이 만료되었습니다. 새 토큰을 만드십시오.</translation>
    </message>
    <message>
        <source>The enrollment token could not be checked because the database failed.</source>
        <translation>데이터베이스 오류로 등록 토큰을 확인할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>UnitFormat</name>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>KiB</source>
        <translation>KiB</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <source>TiB</source>
        <translation>TiB</translation>
    </message>
    <message>
        <source>PiB</source>
        <translation>PiB</translation>
    </message>
    <message>
        <source>kB</source>
        <translation>kB</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>TB</source>
        <translation>TB</translation>
    </message>
    <message>
        <source>PB</source>
        <translation>PB</translation>
    </message>
    <message>
        <source>B/s</source>
        <translation>B/s</translation>
    </message>
    <message>
        <source>KiB/s</source>
        <translation>KiB/s</translation>
    </message>
    <message>
        <source>MiB/s</source>
        <translation>MiB/s</translation>
    </message>
    <message>
        <source>GiB/s</source>
        <translation>GiB/s</translation>
    </message>
    <message>
        <source>TiB/s</source>
        <translation>TiB/s</translation>
    </message>
    <message>
        <source>PiB/s</source>
        <translation>PiB/s</translation>
    </message>
    <message>
        <source>kB/s</source>
        <translation>kB/s</translation>
    </message>
    <message>
        <source>MB/s</source>
        <translation>MB/s</translation>
    </message>
    <message>
        <source>GB/s</source>
        <translation>GB/s</translation>
    </message>
    <message>
        <source>TB/s</source>
        <translation>TB/s</translation>
    </message>
    <message>
        <source>PB/s</source>
        <translation>PB/s</translation>
    </message>
    <message>
        <source>bit/s</source>
        <translation>bit/s</translation>
    </message>
    <message>
        <source>kbit/s</source>
        <translation>kbit/s</translation>
    </message>
    <message>
        <source>Mbit/s</source>
        <translation>Mbit/s</translation>
    </message>
    <message>
        <source>Gbit/s</source>
        <translation>Gbit/s</translation>
    </message>
    <message>
        <source>Tbit/s</source>
        <translation>Tbit/s</translation>
    </message>
    <message>
        <source>Pbit/s</source>
        <translation>Pbit/s</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a number and its unit, e.g. 1.5 KiB</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <comment>events per second</comment>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>percent</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>GHz</source>
        <translation>GHz</translation>
    </message>
    <message>
        <source>MHz</source>
        <translation>MHz</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <comment>days and hours</comment>
        <translation>%1일 %2시간</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>hours and minutes</comment>
        <translation>%1시간 %2분</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>minutes and seconds</comment>
        <translation>%1분 %2초</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1초</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>방금</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <comment>seconds ago</comment>
        <translation>%1초 전</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <comment>minutes ago</comment>
        <translation>%1분 전</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <comment>hours ago</comment>
        <translation>%1시간 전</translation>
    </message>
    <message>
        <source>%1 d ago</source>
        <comment>days ago</comment>
        <translation>%1일 전</translation>
    </message>
    <message>
        <source>%1 °F</source>
        <comment>degrees Fahrenheit</comment>
        <translation>%1 °F</translation>
    </message>
    <message>
        <source>%1 °C</source>
        <comment>degrees Celsius</comment>
        <translation>%1 °C</translation>
    </message>
</context>
<context>
    <name>WindowSettingsStore</name>
    <message>
        <source>%1 in %2 must be a number</source>
        <translation>%2의 %1은(는) 숫자여야 합니다</translation>
    </message>
    <message>
        <source>ui/language in %1 must be system, en or ko</source>
        <translation>%1의 ui/language는 system, en, ko 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>the health thresholds in %1 are not usable: %2</source>
        <translation>%1의 상태 임계값을 사용할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>MIRROR STAGE console.</source>
        <translation>MIRROR STAGE 콘솔.</translation>
    </message>
</context>
<context>
    <name>mirrorstage::app::AgentOfferDialog</name>
    <message>
        <source>Add an agent</source>
        <translation>에이전트 추가</translation>
    </message>
    <message>
        <source>Save this as &lt;b&gt;reflector.json&lt;/b&gt; on the new host (edit hostname_override, rack and position). The token in it enrols one agent, once, until %1; the console keeps only its hash.</source>
        <translation>새 호스트에 이 내용을 &lt;b&gt;reflector.json&lt;/b&gt;으로 저장하십시오(hostname_override, rack, position은 알맞게 수정). 들어 있는 토큰으로 %1까지 에이전트 하나를 한 번만 등록할 수 있으며, 콘솔은 토큰의 해시만 보관합니다.</translation>
    </message>
    <message>
        <source>Copy the configuration</source>
        <translation>설정 복사</translation>
    </message>
    <message>
        <source>Then start the agent:</source>
        <translation>그런 다음 에이전트를 시작하십시오:</translation>
    </message>
    <message>
        <source>Copy the command</source>
        <translation>명령 복사</translation>
    </message>
</context>
<context>
    <name>mirrorstage::app::ConsoleStatusBar</name>
    <message>
        <source>Agents online: %1 / %2</source>
        <translation>온라인 에이전트: %1 / %2</translation>
    </message>
    <message>
        <source>%1 samples/s</source>
        <translation>%1 샘플/s</translation>
    </message>
    <message>
        <source>Database: measuring…</source>
        <translation>데이터베이스: 측정 중…</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>데이터베이스: %1</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>%1에서 수신 대기 중</translation>
    </message>
</context>
<context>
    <name>mirrorstage::app::DemoFleet</name>
    <message>
        <source>a demo fleet has 1 to %1 hosts, not %2</source>
        <translation>데모 플릿의 호스트 수는 1~%1이어야 합니다(지정값 %2)</translation>
    </message>
    <message>
        <source>the demo fleet needs the reflector agent, which is neither at %1 nor at %2; build the `reflector` target (cmake --build build/&lt;preset&gt; --target reflector) or name it with --reflector PATH</source>
        <translation>데모 플릿에는 reflector 에이전트가 필요한데 %1에도 %2에도 없습니다. `reflector` 타깃을 빌드하거나(cmake --build build/&lt;preset&gt; --target reflector) --reflector PATH로 지정하십시오</translation>
    </message>
    <message>
        <source>the demo fleet needs the reflector agent, but there is no executable program at %1; build the `reflector` target (cmake --build build/&lt;preset&gt; --target reflector) or name it with --reflector PATH</source>
        <translation>데모 플릿에는 reflector 에이전트가 필요한데 %1에 실행 가능한 프로그램이 없습니다. `reflector` 타깃을 빌드하거나(cmake --build build/&lt;preset&gt; --target reflector) --reflector PATH로 지정하십시오</translation>
    </message>
    <message>
        <source>cannot create the demo fleet&apos;s directory %1; choose a writable one with --demo-dir DIR</source>
        <translation>데모 플릿 디렉터리 %1을(를) 만들 수 없습니다. --demo-dir DIR로 쓰기 가능한 디렉터리를 지정하십시오</translation>
    </message>
    <message>
        <source>cannot create the demo host&apos;s directory %1; choose a writable one with --demo-dir DIR</source>
        <translation>데모 호스트 디렉터리 %1을(를) 만들 수 없습니다. --demo-dir DIR로 쓰기 가능한 디렉터리를 지정하십시오</translation>
    </message>
    <message>
        <source>cannot make enrollment tokens for the demo fleet: %1</source>
        <translation>데모 플릿의 등록 토큰을 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot make an enrollment token for the demo host %1: %2</source>
        <translation>데모 호스트 %1의 등록 토큰을 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2; choose a writable directory with --demo-dir DIR</source>
        <translation>%1에 쓸 수 없습니다: %2. --demo-dir DIR로 쓰기 가능한 디렉터리를 지정하십시오</translation>
    </message>
    <message>
        <source>the reflector of demo host %1 did not start (%2 --config %3): %4</source>
        <translation>데모 호스트 %1의 reflector가 시작되지 않았습니다(%2 --config %3): %4</translation>
    </message>
</context>
<context>
    <name>mirrorstage::app::EnrollmentDock</name>
    <message>
        <source>Agent id %1</source>
        <translation>에이전트 ID %1</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>등록</translation>
    </message>
    <message>
        <source>Enrollment (%1 waiting)</source>
        <translation>등록 (%1개 대기 중)</translation>
    </message>
    <message>
        <source>Could not record the decision for %1: %2</source>
        <translation>%1에 대한 결정을 기록하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>%1 accepted: it streams at its next retry.</source>
        <translation>%1 수락됨: 다음 재시도 때 스트리밍을 시작합니다.</translation>
    </message>
    <message>
        <source>%1 rejected.</source>
        <translation>%1 거절됨.</translation>
    </message>
    <message>
        <source>made in the console</source>
        <translation>콘솔에서 생성</translation>
    </message>
    <message>
        <source>Could not make an enrollment token: %1</source>
        <translation>등록 토큰을 만들지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>호스트</translation>
    </message>
    <message>
        <source>Rack</source>
        <translation>랙</translation>
    </message>
    <message>
        <source>Agent version</source>
        <translation>에이전트 버전</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>최초 확인</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>수락</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>거절</translation>
    </message>
    <message>
        <source>Add an agent…</source>
        <translation>에이전트 추가…</translation>
    </message>
</context>
<context>
    <name>mirrorstage::app::FleetDock</name>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>호스트 %n대</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n host(s) shown</source>
        <translation>
            <numerusform>호스트 %n대 중 %1대 표시</numerusform>
        </translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>플릿</translation>
    </message>
    <message>
        <source>Filter: name, tag:web, rack:rack-a, state:critical</source>
        <translation>필터: 이름, tag:web, rack:rack-a, state:critical</translation>
    </message>
</context>
<context>
    <name>mirrorstage::app::FleetTreeModel</name>
    <message>
        <source>Unplaced</source>
        <translation>미배치</translation>
    </message>
    <message>
        <source>%1/%2 online</source>
        <translation>%1/%2 온라인</translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n대 확인 필요</numerusform>
        </translation>
    </message>
    <message>
        <source>Host</source>
        <translation>호스트</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>메모리</translation>
    </message>
    <message>
        <source>Link load</source>
        <translation>링크 부하</translation>
    </message>
</context>
<context>
    <name>mirrorstage::app::HostDetailsDock</name>
    <message>
        <source>CPU %1: %2 busy</source>
        <translation>CPU %1: 사용률 %2</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>실시간</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>스토리지</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>프로세스</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>차트</translation>
    </message>
    <message>
        <source>Host details</source>
        <translation>호스트 상세</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>에이전트</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>Rack</source>
        <translation>랙</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>마지막 확인</translation>
    </message>
    <message>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>System</source>
        <translation>시스템</translation>
    </message>
    <message>
        <source>I/O wait</source>
        <translation>I/O 대기</translation>
    </message>
    <message>
        <source>Steal</source>
        <translation>스틸</translation>
    </message>
    <message>
        <source>Load 1 · 5 · 15 min</source>
        <translation>부하 1 · 5 · 15분</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>사용 가능</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>스왑</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>메모리</translation>
    </message>
    <message>
        <source>Temperatures</source>
        <translation>온도</translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation>센서</translation>
    </message>
    <message>
        <source>Chip</source>
        <translation>칩</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>온도</translation>
    </message>
    <message>
        <source>Problems the agent reported</source>
        <translation>에이전트가 보고한 문제</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>원인</translation>
    </message>
    <message>
        <source>Filesystems</source>
        <translation>파일 시스템</translation>
    </message>
    <message>
        <source>Mount</source>
        <translation>마운트</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>사용량</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>사용률</translation>
    </message>
    <message>
        <source>Inodes</source>
        <translation>아이노드</translation>
    </message>
    <message>
        <source>Disks</source>
        <translation>디스크</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>디스크</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>읽기</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>쓰기</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>사용률</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>인터페이스</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>트래픽</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>용량</translation>
    </message>
    <message>
        <source>Errors, drops</source>
        <translation>오류, 드롭</translation>
    </message>
    <message>
        <source>Top by CPU</source>
        <translation>CPU 사용 상위</translation>
    </message>
    <message>
        <source>Top by memory</source>
        <translation>메모리 사용 상위</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>RSS</source>
        <translation>RSS</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>호스트</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>운영 체제</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>커널</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>하드웨어</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>프로세서</translation>
    </message>
    <message>
        <source>Cores</source>
        <translation>코어</translation>
    </message>
    <message>
        <source>Up for</source>
        <translation>가동 시간</translation>
    </message>
    <message>
        <source>Boot ID</source>
        <translation>부팅 ID</translation>
    </message>
    <message>
        <source>Kernel hostname</source>
        <translation>커널 호스트 이름</translation>
    </message>
    <message>
        <source>Sample taken</source>
        <translation>샘플 수집 시각</translation>
    </message>
    <message>
        <source>15 min</source>
        <translation>15분</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1시간</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1일</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>the data is not a sample</source>
        <translation>데이터가 샘플이 아닙니다</translation>
    </message>
    <message>
        <source>Select a host in the fleet tree or the rack view.</source>
        <translation>플릿 트리나 랙 뷰에서 호스트를 선택하십시오.</translation>
    </message>
    <message>
        <source>The selected host (%1) is not in the fleet any more. Select another host in the fleet tree or the rack view.</source>
        <translation>선택한 호스트(%1)가 더 이상 플릿에 없습니다. 플릿 트리나 랙 뷰에서 다른 호스트를 선택하십시오.</translation>
    </message>
    <message>
        <source>online</source>
        <translation>온라인</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>오프라인</translation>
    </message>
    <message>
        <source>not placed</source>
        <translation>미배치</translation>
    </message>
    <message>
        <source>%1, slot %2</source>
        <translation>%1, 슬롯 %2</translation>
    </message>
    <message>
        <source>%1 (column %2, row %3)</source>
        <translation>%1 (열 %2, 행 %3)</translation>
    </message>
    <message>
        <source>%1, placed by an operator</source>
        <translation>%1, 운영자가 배치</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>not since the console started</source>
        <translation>콘솔 시작 후 없음</translation>
    </message>
    <message>
        <source>The newest sample from this host could not be read (%1). The values shown are from the sample before it.</source>
        <translation>이 호스트의 최신 샘플을 읽을 수 없습니다(%1). 표시된 값은 그 이전 샘플의 값입니다.</translation>
    </message>
    <message>
        <source>The newest sample from this host could not be read (%1). Values appear with its next readable sample; check that the agent&apos;s version matches the console&apos;s.</source>
        <translation>이 호스트의 최신 샘플을 읽을 수 없습니다(%1). 읽을 수 있는 다음 샘플이 오면 값이 표시됩니다. 에이전트 버전이 콘솔 버전과 맞는지 확인하십시오.</translation>
    </message>
    <message>
        <source>No sample from this host yet. Values appear when its agent sends one.</source>
        <translation>이 호스트에서 아직 샘플이 오지 않았습니다. 에이전트가 샘플을 보내면 값이 표시됩니다.</translation>
    </message>
    <message>
        <source>Nothing received since the console started: showing the last stored sample, taken %1.</source>
        <translation>콘솔 시작 후 받은 샘플이 없어 마지막으로 저장된 샘플(%1 수집)을 표시합니다.</translation>
    </message>
    <message>
        <source>%1 busy</source>
        <translation>사용률 %1</translation>
    </message>
    <message>
        <source>busy: waiting for a second sample</source>
        <translation>사용률: 두 번째 샘플 대기 중</translation>
    </message>
    <message>
        <source>busy: %1</source>
        <translation>사용률: %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <comment>load averages over 1, 5 and 15 minutes</comment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 per core over the last minute</source>
        <translation>최근 1분간 코어당 %1</translation>
    </message>
    <message>
        <source>%1 · %2 of %3</source>
        <comment>percent used, bytes used of total</comment>
        <translation>%1 · %3 중 %2</translation>
    </message>
    <message>
        <source>This host has no swap.</source>
        <translation>이 호스트에는 스왑이 없습니다.</translation>
    </message>
    <message>
        <source>Hottest CPU sensor: %1</source>
        <translation>가장 뜨거운 CPU 센서: %1</translation>
    </message>
    <message>
        <source>No CPU temperature sensor.</source>
        <translation>CPU 온도 센서가 없습니다.</translation>
    </message>
    <message>
        <source>GPU: %1</source>
        <translation>GPU: %1</translation>
    </message>
    <message>
        <source>This host reports no temperature sensors.</source>
        <translation>이 호스트는 온도 센서를 보고하지 않습니다.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>bytes used of total</comment>
        <translation>%2 중 %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2에 마운트된 %1</translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation>%1 여유</translation>
    </message>
    <message>
        <source>up</source>
        <translation>업</translation>
    </message>
    <message>
        <source>down</source>
        <translation>다운</translation>
    </message>
    <message>
        <source>%1 · primary</source>
        <comment>interface state, and that it carries the default route</comment>
        <translation>%1 · 기본</translation>
    </message>
    <message>
        <source>↓ %1
↑ %2</source>
        <comment>received, sent</comment>
        <translation>↓ %1
↑ %2</translation>
    </message>
    <message>
        <source>%1
%2 used</source>
        <comment>link capacity, and how much of it is in use</comment>
        <translation>%1
%2 사용</translation>
    </message>
    <message>
        <source>errors %1
drops %2</source>
        <translation>오류 %1
드롭 %2</translation>
    </message>
    <message>
        <source>errors: received %1, sent %2
drops: received %3, sent %4</source>
        <translation>오류: 수신 %1, 송신 %2
드롭: 수신 %3, 송신 %4</translation>
    </message>
    <message>
        <source>%1 carries the default route</source>
        <translation>%1에 기본 라우트가 있습니다</translation>
    </message>
    <message>
        <source>received %1, sent %2</source>
        <translation>수신 %1, 송신 %2</translation>
    </message>
    <message>
        <source>No rates yet: they need a second sample</source>
        <translation>아직 속도 없음: 두 번째 샘플이 필요합니다</translation>
    </message>
    <message>
        <source>The kernel does not know this link&apos;s speed</source>
        <translation>커널이 이 링크의 속도를 알지 못합니다</translation>
    </message>
    <message numerus="yes">
        <source>%Ln processes</source>
        <translation>
            <numerusform>프로세스 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <source>This agent does not report processes (top_k is 0 in its configuration).</source>
        <translation>이 에이전트는 프로세스를 보고하지 않습니다(설정의 top_k가 0).</translation>
    </message>
    <message>
        <source>%1 logical, %2 physical</source>
        <translation>논리 %1, 물리 %2</translation>
    </message>
    <message>
        <source>%1 logical</source>
        <translation>논리 %1</translation>
    </message>
    <message>
        <source>booted %1</source>
        <translation>%1 부팅</translation>
    </message>
    <message>
        <source>%1 after the one before</source>
        <translation>이전 샘플 %1 후</translation>
    </message>
    <message>
        <source>CPU busy</source>
        <translation>CPU 사용률</translation>
    </message>
    <message>
        <source>Memory used</source>
        <translation>메모리 사용률</translation>
    </message>
    <message>
        <source>Load, 1 minute</source>
        <translation>부하, 1분</translation>
    </message>
    <message>
        <source>Network, %1</source>
        <translation>네트워크, %1</translation>
    </message>
    <message>
        <source>Fullest filesystem</source>
        <translation>가장 가득 찬 파일 시스템</translation>
    </message>
    <message>
        <source>CPU temperature</source>
        <translation>CPU 온도</translation>
    </message>
    <message>
        <source>Could not read this host&apos;s history: %1</source>
        <translation>이 호스트의 기록을 읽지 못했습니다: %1</translation>
    </message>
    <message>
        <source>average</source>
        <translation>평균</translation>
    </message>
    <message>
        <source>received</source>
        <translation>수신</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>송신</translation>
    </message>
</context>
<context>
    <name>mirrorstage::app::MainWindow</name>
    <message>
        <source>About MIRROR STAGE</source>
        <translation>MIRROR STAGE 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MIRROR STAGE %1&lt;/h3&gt;&lt;p&gt;An operator console for a fleet of Linux hosts.&lt;/p&gt;&lt;p&gt;Agents connect to %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MIRROR STAGE %1&lt;/h3&gt;&lt;p&gt;Linux 호스트 플릿을 위한 운영자 콘솔입니다.&lt;/p&gt;&lt;p&gt;에이전트 접속 주소: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>MIRROR STAGE</source>
        <translation>MIRROR STAGE</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Frame all hosts</source>
        <translation>모든 호스트 보기(&amp;F)</translation>
    </message>
    <message>
        <source>F&amp;ocus the selected host</source>
        <translation>선택한 호스트에 초점(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Link load overlay</source>
        <translation>링크 부하 오버레이(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Reset the window layout</source>
        <translation>창 배치 초기화(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>호스트(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Move to another slot…</source>
        <translation>다른 슬롯으로 이동(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Clear the selection</source>
        <translation>선택 해제(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>시스템 설정 따르기(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About MIRROR STAGE</source>
        <translation>MIRROR STAGE 정보(&amp;A)</translation>
    </message>
    <message>
        <source>The host was not moved</source>
        <translation>호스트를 옮기지 않았습니다</translation>
    </message>
</context>
<context>
    <name>mirrorstage::app::MoveHostDialog</name>
    <message>
        <source>Move %1</source>
        <translation>%1 이동</translation>
    </message>
    <message>
        <source>Placed by an operator; the agent reports rack &quot;%1&quot;.</source>
        <translation>운영자가 배치했습니다. 에이전트가 보고한 랙은 &quot;%1&quot;입니다.</translation>
    </message>
    <message>
        <source>Rack</source>
        <translation>랙</translation>
    </message>
    <message>
        <source>Slot (rack unit from the bottom)</source>
        <translation>슬롯 (아래에서부터 센 랙 유닛)</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>열</translation>
    </message>
    <message>
        <source>Depth row</source>
        <translation>깊이 행</translation>
    </message>
    <message>
        <source>Use the agent&apos;s position</source>
        <translation>에이전트가 보고한 위치 사용</translation>
    </message>
</context>
<context>
    <name>mirrorstage::app::SceneContainer</name>
    <message>
        <source>3D is turned off by the MIRRORSTAGE_NO_3D environment variable.</source>
        <translation>MIRRORSTAGE_NO_3D 환경 변수로 3D가 꺼져 있습니다.</translation>
    </message>
    <message>
        <source>No OpenGL context could be created on this display.</source>
        <translation>이 디스플레이에서 OpenGL 컨텍스트를 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>An OpenGL context exists but cannot be used on this display.</source>
        <translation>OpenGL 컨텍스트는 있지만 이 디스플레이에서 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>This display offers OpenGL%1 %2.%3; the rack view needs OpenGL 3.0 or OpenGL ES 3.0.</source>
        <translation>이 디스플레이는 OpenGL%1 %2.%3을(를) 제공하지만 랙 뷰에는 OpenGL 3.0 또는 OpenGL ES 3.0이 필요합니다.</translation>
    </message>
    <message>
        <source>The 3D view stopped: %1</source>
        <translation>3D 뷰가 멈췄습니다: %1</translation>
    </message>
    <message>
        <source>The rack scene could not be loaded: %1</source>
        <translation>랙 장면을 불러올 수 없습니다: %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The 3D rack view is off&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;The fleet tree, the host details and enrollment keep working.&lt;/p&gt;&lt;p&gt;To get the 3D view, run the console on a display with OpenGL 3 (on Debian: &lt;code&gt;apt install libgl1-mesa-dri&lt;/code&gt;, and on a remote session use a GPU-enabled X server or Xvfb) and start it again.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;3D 랙 뷰가 꺼져 있습니다&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;플릿 트리, 호스트 상세, 등록은 계속 사용할 수 있습니다.&lt;/p&gt;&lt;p&gt;3D 뷰를 보려면 OpenGL 3를 지원하는 디스플레이에서 콘솔을 다시 시작하십시오(Debian: &lt;code&gt;apt install libgl1-mesa-dri&lt;/code&gt;, 원격 세션에서는 GPU를 쓰는 X 서버나 Xvfb 사용).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>mirrorstage::app::SeriesChart</name>
    <message>
        <source>No data in this range</source>
        <translation>이 범위에 데이터가 없습니다</translation>
    </message>
    <message>
        <source>%1 (min %2, max %3)</source>
        <comment>average, with the minimum and maximum</comment>
        <translation>%1 (최소 %2, 최대 %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>series name: value</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>mirrorstage::app::SettingsDialog</name>
    <message>
        <source>CPU busy (%)</source>
        <translation>CPU 사용률 (%)</translation>
    </message>
    <message>
        <source>Memory used (%)</source>
        <translation>메모리 사용률 (%)</translation>
    </message>
    <message>
        <source>Swap used (%)</source>
        <translation>스왑 사용률 (%)</translation>
    </message>
    <message>
        <source>Load per core</source>
        <translation>코어당 부하</translation>
    </message>
    <message>
        <source>Fullest filesystem (%)</source>
        <translation>가장 가득 찬 파일 시스템 (%)</translation>
    </message>
    <message>
        <source>CPU temperature (°C)</source>
        <translation>CPU 온도 (°C)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Agents and storage</source>
        <translation>에이전트와 데이터베이스</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>표시</translation>
    </message>
    <message>
        <source>Listen on (address:port)</source>
        <translation>수신 대기 주소 (주소:포트)</translation>
    </message>
    <message>
        <source>TLS certificate (PEM)</source>
        <translation>TLS 인증서 (PEM)</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>TLS 인증서</translation>
    </message>
    <message>
        <source>TLS private key (PEM)</source>
        <translation>TLS 개인 키 (PEM)</translation>
    </message>
    <message>
        <source>TLS private key</source>
        <translation>TLS 개인 키</translation>
    </message>
    <message>
        <source>Keep every sample for (days)</source>
        <translation>모든 샘플 보관 기간 (일)</translation>
    </message>
    <message>
        <source>Keep minute summaries for (days)</source>
        <translation>분 단위 요약 보관 기간 (일)</translation>
    </message>
    <message>
        <source>Keep log events for (days)</source>
        <translation>로그 이벤트 보관 기간 (일)</translation>
    </message>
    <message>
        <source>These take effect the next time the console starts.</source>
        <translation>이 설정은 다음에 콘솔을 시작할 때 적용됩니다.</translation>
    </message>
    <message>
        <source>Warning at</source>
        <translation>경고 기준</translation>
    </message>
    <message>
        <source>Critical at</source>
        <translation>위험 기준</translation>
    </message>
    <message>
        <source>Stale after missed intervals</source>
        <translation>응답 지연 기준 (누락 주기 수)</translation>
    </message>
    <message>
        <source>KiB, MiB, GiB (powers of 1024)</source>
        <translation>KiB, MiB, GiB (1024의 거듭제곱)</translation>
    </message>
    <message>
        <source>kB, MB, GB (powers of 1000)</source>
        <translation>kB, MB, GB (1000의 거듭제곱)</translation>
    </message>
    <message>
        <source>Sizes</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>bits per second</source>
        <translation>초당 비트</translation>
    </message>
    <message>
        <source>bytes per second</source>
        <translation>초당 바이트</translation>
    </message>
    <message>
        <source>Network rates</source>
        <translation>네트워크 속도</translation>
    </message>
    <message>
        <source>Celsius</source>
        <translation>섭씨</translation>
    </message>
    <message>
        <source>Fahrenheit</source>
        <translation>화씨</translation>
    </message>
    <message>
        <source>Temperatures</source>
        <translation>온도</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>시스템 설정 따르기</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Rack layout (racks.json)</source>
        <translation>랙 배치 (racks.json)</translation>
    </message>
    <message>
        <source>Rack layout</source>
        <translation>랙 배치</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address to listen on; use ADDRESS:PORT such as 127.0.0.1:7340</source>
        <translation>&quot;%1&quot;은(는) 수신 대기할 수 있는 주소가 아닙니다. 127.0.0.1:7340처럼 ADDRESS:PORT 형식으로 지정하십시오</translation>
    </message>
    <message>
        <source>TLS needs both a certificate and its private key, or neither.</source>
        <translation>TLS에는 인증서와 개인 키가 모두 있거나 둘 다 없어야 합니다.</translation>
    </message>
    <message>
        <source>The settings could not be written to %1.</source>
        <translation>설정을 %1에 저장할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>mirrorstage::app::StoreRecordSink</name>
    <message>
        <source>this console does not store records of kind %1 yet</source>
        <translation>이 콘솔은 아직 %1 종류의 레코드를 저장하지 않습니다</translation>
    </message>
</context>
<context>
    <name>mirrorstage::hub::IngestHub</name>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>%1 포트 %2에서 수신 대기할 수 없습니다: %3</translation>
    </message>
    <message>
        <source>cannot read the TLS certificate %1: %2</source>
        <translation>TLS 인증서 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>cannot read the TLS key %1: %2</source>
        <translation>TLS 키 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1에 PEM 인증서가 없습니다</translation>
    </message>
    <message>
        <source>%1 holds no PEM private key this console can read (RSA or EC; is a passphrase needed?)</source>
        <translation>%1에 이 콘솔이 읽을 수 있는 PEM 개인 키(RSA 또는 EC)가 없습니다. 암호가 걸린 키입니까?</translation>
    </message>
    <message>
        <source>an operator %1 this agent</source>
        <translation>운영자가 이 에이전트를 %1했습니다</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>거절</translation>
    </message>
</context>
<context>
    <name>mirrorstage::scene::FleetScene</name>
    <message>
        <source>n/a</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>CPU: %1 %</source>
        <translation>CPU: %1 %</translation>
    </message>
    <message>
        <source>Memory: %1 %</source>
        <translation>메모리: %1 %</translation>
    </message>
    <message>
        <source>Open problem</source>
        <translation>미해결 문제</translation>
    </message>
    <message>
        <source>Not placed in a rack</source>
        <translation>랙에 배치되지 않음</translation>
    </message>
    <message>
        <source>%1, column %2, slot %3, row %4</source>
        <translation>%1, 열 %2, 슬롯 %3, 행 %4</translation>
    </message>
    <message>
        <source>%1, column %2, slot %3</source>
        <translation>%1, 열 %2, 슬롯 %3</translation>
    </message>
    <message>
        <source>%1 is taken by %2</source>
        <translation>%1에 이미 %2이(가) 있습니다</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>%1(으)로 이동</translation>
    </message>
</context>
<context>
    <name>mirrorstage::store::WriterWorker</name>
    <message>
        <source>The store writer for %1 is not open (it was not started, failed to start, or is stopping).</source>
        <translation>%1의 데이터베이스 기록기가 열려 있지 않습니다(시작되지 않았거나, 시작에 실패했거나, 중지하는 중입니다).</translation>
    </message>
</context>
</TS>
