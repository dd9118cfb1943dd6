<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>ApplicationDefaultCredentials</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not a JSON object (%1)</source>
        <translation>JSON 객체가 아닙니다(%1)</translation>
    </message>
    <message>
        <source>these are a service account&apos;s credentials, which name no person and cannot sign an operator in. Run &quot;gcloud auth application-default login&quot; to make a user&apos;s credentials, or sign in with Google.</source>
        <translation>서비스 계정의 자격 증명이라 특정 사람을 가리키지 않으므로 운영자 로그인에 사용할 수 없습니다. &quot;gcloud auth application-default login&quot;을 실행해 사용자 자격 증명을 만들거나 Google로 로그인하십시오.</translation>
    </message>
    <message>
        <source>credentials of type &quot;%1&quot; cannot sign an operator in; only &quot;authorized_user&quot; ones (from &quot;gcloud auth application-default login&quot;) can.</source>
        <translation>&quot;%1&quot; 유형의 자격 증명으로는 운영자 로그인을 할 수 없습니다. &quot;authorized_user&quot; 유형(&quot;gcloud auth application-default login&quot;으로 생성)만 가능합니다.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>the file has no client_id or refresh_token; run &quot;gcloud auth application-default login&quot; again.</source>
        <translation>파일에 client_id 또는 refresh_token이 없습니다. &quot;gcloud auth application-default login&quot;을 다시 실행하십시오.</translation>
    </message>
</context>
<context>
    <name>ApprovalPolicy</name>
    <message>
        <source>This command changes the host&apos;s state (medium risk): confirm the approval.</source>
        <translation>이 명령은 호스트의 상태를 변경합니다(위험도 중간). 승인을 확인하십시오.</translation>
    </message>
    <message>
        <source>This command is destructive or hard to reverse (high risk): type the host&apos;s name, &quot;%1&quot;, to approve it.</source>
        <translation>이 명령은 파괴적이거나 되돌리기 어렵습니다(위험도 높음). 승인하려면 호스트 이름 &quot;%1&quot;을(를) 입력하십시오.</translation>
    </message>
    <message>
        <source>This command can destroy the host or open it up (critical risk): it cannot be approved. Run it by hand, outside MIRROR STAGE, if you are sure.</source>
        <translation>이 명령은 호스트를 파괴하거나 보안을 무너뜨릴 수 있어(위험도 치명적) 승인할 수 없습니다. 확실하다면 MIRROR STAGE 밖에서 직접 실행하십시오.</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>row %1 is missing: the log jumps from row %2 to row %3 (deleted)</source>
        <translation>행 %1이(가) 없습니다: 로그가 행 %2에서 행 %3(으)로 건너뜁니다(삭제됨)</translation>
    </message>
    <message>
        <source>row %1 does not link to row %2 (a row before it was edited or replaced)</source>
        <translation>행 %1이(가) 행 %2에 연결되지 않습니다(그 앞의 행이 수정되었거나 교체됨)</translation>
    </message>
    <message>
        <source>row %1 was changed after it was written (its content no longer matches its hash)</source>
        <translation>행 %1이(가) 기록된 후 변경되었습니다(내용이 해시와 더 이상 일치하지 않음)</translation>
    </message>
</context>
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
    <message>
        <source>Command result %1 of agent %2 (boot %3) does not name its command (text `id`); nothing of this submission was stored.</source>
        <translation>에이전트 %2(부팅 %3)의 명령 결과 %1에 명령 이름(텍스트 `id`)이 없어 이번 제출분은 하나도 저장하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>CommandRisk</name>
    <message>
        <source>the command is empty and does nothing</source>
        <translation>명령이 비어 있어 아무것도 하지 않습니다</translation>
    </message>
    <message>
        <source>low</source>
        <translation>낮음</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>중간</translation>
    </message>
    <message>
        <source>high</source>
        <translation>높음</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>치명적</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (위험도 %2)</translation>
    </message>
    <message>
        <source>the command nests shells, eval and decoders too deeply to follow</source>
        <translation>명령이 셸, eval, 디코더를 너무 깊이 중첩하여 추적할 수 없습니다</translation>
    </message>
    <message>
        <source>the command is too long to check (%1 characters)</source>
        <translation>명령이 너무 길어 검사할 수 없습니다(%1자)</translation>
    </message>
    <message>
        <source>the command cannot be parsed (%1 at character %2), so its effect is unknown</source>
        <translation>명령을 구문 분석할 수 없어(%2번째 문자에서 %1) 그 영향을 알 수 없습니다</translation>
    </message>
    <message>
        <source>the pipeline connects a shell to a network connection (a reverse or bind shell)</source>
        <translation>파이프라인이 셸을 네트워크 연결에 연결합니다(리버스 셸 또는 바인드 셸)</translation>
    </message>
    <message>
        <source>the function %1 starts copies of itself without end (a fork bomb) and exhausts the host</source>
        <translation>함수 %1이(가) 자신의 복사본을 끝없이 실행하여(포크 폭탄) 호스트의 자원을 고갈시킵니다</translation>
    </message>
    <message>
        <source>%1 only sets shell variables</source>
        <translation>%1은(는) 셸 변수만 설정합니다</translation>
    </message>
    <message>
        <source>the command expands to nothing</source>
        <translation>명령이 확장되면 아무것도 남지 않습니다</translation>
    </message>
    <message>
        <source>%1=%2 makes the command load code from %2</source>
        <translation>%1=%2은(는) 명령이 %2에서 코드를 불러오게 합니다</translation>
    </message>
    <message>
        <source>the redirection</source>
        <translation>리디렉션</translation>
    </message>
    <message>
        <source>%1 connects a shell to %2: a reverse shell that opens the host</source>
        <translation>%1은(는) 셸을 %2에 연결합니다. 호스트의 보안을 무너뜨리는 리버스 셸입니다</translation>
    </message>
    <message>
        <source>the command name comes from %1, which downloads it: remote code runs on the host</source>
        <translation>명령 이름을 %1이(가) 다운로드해 가져옵니다. 원격 코드가 호스트에서 실행됩니다</translation>
    </message>
    <message>
        <source>the command name %1 is known only when the command runs</source>
        <translation>명령 이름 %1은(는) 명령이 실행될 때에야 알 수 있습니다</translation>
    </message>
    <message>
        <source>the command name is decoded from a hidden payload (%1)</source>
        <translation>명령 이름이 숨겨진 페이로드에서 디코딩됩니다(%1)</translation>
    </message>
    <message>
        <source>the command name %1 is a pattern; what it runs depends on the files present</source>
        <translation>명령 이름 %1은(는) 패턴이므로 무엇이 실행될지는 존재하는 파일에 따라 달라집니다</translation>
    </message>
    <message>
        <source>the command name is empty</source>
        <translation>명령 이름이 비어 있습니다</translation>
    </message>
    <message>
        <source>the command nests wrappers too deeply to follow</source>
        <translation>명령이 래퍼를 너무 깊이 중첩하여 추적할 수 없습니다</translation>
    </message>
    <message>
        <source>%1 runs %2, a program outside the system directories whose content is unknown</source>
        <translation>%1은(는) 시스템 디렉터리 밖에 있어 내용을 알 수 없는 프로그램 %2을(를) 실행합니다</translation>
    </message>
    <message>
        <source>%1 calls a function defined in this command (classified where it is defined)</source>
        <translation>%1은(는) 이 명령 안에서 정의된 함수를 호출합니다(정의된 곳에서 분류함)</translation>
    </message>
    <message>
        <source>%1 only prints help or a version</source>
        <translation>%1은(는) 도움말이나 버전만 출력합니다</translation>
    </message>
    <message>
        <source>%1 is not a command the classifier knows, so it may change the host</source>
        <translation>%1은(는) 분류기가 모르는 명령이므로 호스트를 변경할 수 있습니다</translation>
    </message>
    <message>
        <source>%1 runs nothing</source>
        <translation>%1은(는) 아무것도 실행하지 않습니다</translation>
    </message>
    <message>
        <source>%1 only checks or lists privileges</source>
        <translation>%1은(는) 권한을 확인하거나 나열하기만 합니다</translation>
    </message>
    <message>
        <source>%1 makes the command load code from %2</source>
        <translation>%1은(는) 명령이 %2에서 코드를 불러오게 합니다</translation>
    </message>
    <message>
        <source>%1 opens a root shell; what is typed into it is not checked</source>
        <translation>%1은(는) root 셸을 엽니다. 그 안에 입력하는 내용은 검사되지 않습니다</translation>
    </message>
    <message>
        <source>%1 only prints the environment</source>
        <translation>%1은(는) 환경 변수만 출력합니다</translation>
    </message>
    <message>
        <source>%1 only prints the niceness</source>
        <translation>%1은(는) nice 값만 출력합니다</translation>
    </message>
    <message>
        <source>%1 changes the I/O priority of running processes</source>
        <translation>%1은(는) 실행 중인 프로세스의 I/O 우선순위를 변경합니다</translation>
    </message>
    <message>
        <source>%1 only prints an I/O priority</source>
        <translation>%1은(는) I/O 우선순위만 출력합니다</translation>
    </message>
    <message>
        <source>%1 only looks a command up</source>
        <translation>%1은(는) 명령을 찾아보기만 합니다</translation>
    </message>
    <message>
        <source>%1 changes the scheduling of a running process</source>
        <translation>%1은(는) 실행 중인 프로세스의 스케줄링을 변경합니다</translation>
    </message>
    <message>
        <source>%1 only redirects the shell&apos;s own descriptors</source>
        <translation>%1은(는) 셸 자체의 파일 디스크립터만 리디렉션합니다</translation>
    </message>
    <message>
        <source>%1 starts a shell inside another root; what is typed into it is not checked</source>
        <translation>%1은(는) 다른 루트 디렉터리 안에서 셸을 시작합니다. 그 안에 입력하는 내용은 검사되지 않습니다</translation>
    </message>
    <message>
        <source>%1 opens a shell in another namespace; what is typed into it is not checked</source>
        <translation>%1은(는) 다른 네임스페이스에서 셸을 엽니다. 그 안에 입력하는 내용은 검사되지 않습니다</translation>
    </message>
    <message>
        <source>%1 opens a shell; what is typed into it is not checked</source>
        <translation>%1은(는) 셸을 엽니다. 그 안에 입력하는 내용은 검사되지 않습니다</translation>
    </message>
    <message>
        <source>%1 only takes a lock</source>
        <translation>%1은(는) 잠금만 획득합니다</translation>
    </message>
    <message>
        <source>%1 attaches to a running process and slows it down</source>
        <translation>%1은(는) 실행 중인 프로세스에 연결되어 프로세스를 느리게 합니다</translation>
    </message>
    <message>
        <source>%1 only lists its applets</source>
        <translation>%1은(는) 애플릿 목록만 출력합니다</translation>
    </message>
    <message>
        <source>%1 names no script</source>
        <translation>%1에 스크립트가 지정되지 않았습니다</translation>
    </message>
    <message>
        <source>%1 runs the script %2, whose content the classifier cannot see</source>
        <translation>%1은(는) 분류기가 내용을 볼 수 없는 스크립트 %2을(를) 실행합니다</translation>
    </message>
    <message>
        <source>%1 opens a shell as another user; what is typed into it is not checked</source>
        <translation>%1은(는) 다른 사용자로 셸을 엽니다. 그 안에 입력하는 내용은 검사되지 않습니다</translation>
    </message>
    <message>
        <source>%1 forwards a port of another host back into this one</source>
        <translation>%1은(는) 다른 호스트의 포트를 이 호스트로 역방향 포워딩합니다</translation>
    </message>
    <message>
        <source>%1 opens a session on another host</source>
        <translation>%1은(는) 다른 호스트에 세션을 엽니다</translation>
    </message>
    <message>
        <source>%1 runs a command on another host</source>
        <translation>%1은(는) 다른 호스트에서 명령을 실행합니다</translation>
    </message>
    <message>
        <source>%1 defines what runs later; that code is classified here</source>
        <translation>%1은(는) 나중에 실행될 코드를 정의합니다. 그 코드는 여기에서 분류합니다</translation>
    </message>
    <message>
        <source>%1 makes every later program load code from %2</source>
        <translation>%1은(는) 이후의 모든 프로그램이 %2에서 코드를 불러오게 합니다</translation>
    </message>
    <message>
        <source>%1 only lists queued jobs</source>
        <translation>%1은(는) 대기 중인 작업 목록만 출력합니다</translation>
    </message>
    <message>
        <source>%1 removes queued jobs</source>
        <translation>%1은(는) 대기 중인 작업을 제거합니다</translation>
    </message>
    <message>
        <source>%1 schedules commands to run later</source>
        <translation>%1은(는) 나중에 실행할 명령을 예약합니다</translation>
    </message>
    <message>
        <source>%1 schedules a script whose content the classifier cannot see</source>
        <translation>%1은(는) 분류기가 내용을 볼 수 없는 스크립트를 예약합니다</translation>
    </message>
    <message>
        <source>%1 only lists the crontab</source>
        <translation>%1은(는) crontab 목록만 출력합니다</translation>
    </message>
    <message>
        <source>%1 deletes the whole crontab</source>
        <translation>%1은(는) crontab 전체를 삭제합니다</translation>
    </message>
    <message>
        <source>%1 edits the crontab</source>
        <translation>%1은(는) crontab을 편집합니다</translation>
    </message>
    <message>
        <source>%1 replaces the whole crontab</source>
        <translation>%1은(는) crontab 전체를 교체합니다</translation>
    </message>
    <message>
        <source>%1 has -c but no command</source>
        <translation>%1에 -c가 있지만 명령이 없습니다</translation>
    </message>
    <message>
        <source>%1 only checks the syntax</source>
        <translation>%1은(는) 문법만 검사합니다</translation>
    </message>
    <message>
        <source>%1 only checks the syntax of %2</source>
        <translation>%1은(는) %2의 문법만 검사합니다</translation>
    </message>
    <message>
        <source>%1 only prints its version</source>
        <translation>%1은(는) 버전만 출력합니다</translation>
    </message>
    <message>
        <source>%1 edits files in place</source>
        <translation>%1은(는) 파일을 제자리에서 편집합니다</translation>
    </message>
    <message>
        <source>%1 serves the files of the current directory to the network</source>
        <translation>%1은(는) 현재 디렉터리의 파일을 네트워크에 제공합니다</translation>
    </message>
    <message>
        <source>%1 only formats or prints</source>
        <translation>%1은(는) 서식을 지정하거나 출력하기만 합니다</translation>
    </message>
    <message>
        <source>%1 only lists packages</source>
        <translation>%1은(는) 패키지 목록만 출력합니다</translation>
    </message>
    <message>
        <source>%1 runs the module %2</source>
        <translation>%1은(는) 모듈 %2을(를) 실행합니다</translation>
    </message>
    <message>
        <source>%1 starts an interactive interpreter</source>
        <translation>%1은(는) 대화형 인터프리터를 시작합니다</translation>
    </message>
    <message>
        <source>%1 runs code fetched by %2 without anyone reading it: remote code runs on the host</source>
        <translation>%1은(는) %2이(가) 가져온 코드를 아무도 읽지 않은 채 실행합니다. 원격 코드가 호스트에서 실행됩니다</translation>
    </message>
    <message>
        <source>%1 runs a decoded payload that cannot be read before it runs</source>
        <translation>%1은(는) 실행 전에 읽을 수 없는 디코딩된 페이로드를 실행합니다</translation>
    </message>
    <message>
        <source>%1 runs code from its input, which the classifier cannot see</source>
        <translation>%1은(는) 분류기가 볼 수 없는 입력의 코드를 실행합니다</translation>
    </message>
    <message>
        <source>%1 runs whatever is typed into it</source>
        <translation>%1은(는) 입력되는 내용을 무엇이든 실행합니다</translation>
    </message>
    <message>
        <source>%1 runs a hidden payload; decoded, it is: %2</source>
        <translation>%1은(는) 숨겨진 페이로드를 실행합니다. 디코딩한 내용: %2</translation>
    </message>
    <message>
        <source>%1 runs code that is known only when it runs (%2)</source>
        <translation>%1은(는) 실행될 때에야 알 수 있는 코드를 실행합니다(%2)</translation>
    </message>
    <message>
        <source>%1 connects a shell to the network (a reverse or bind shell) and opens the host</source>
        <translation>%1은(는) 셸을 네트워크에 연결하여(리버스 셸 또는 바인드 셸) 호스트의 보안을 무너뜨립니다</translation>
    </message>
    <message>
        <source>%1 forks in a loop (a fork bomb) and exhausts the host</source>
        <translation>%1은(는) 반복해서 포크하여(포크 폭탄) 호스트의 자원을 고갈시킵니다</translation>
    </message>
    <message>
        <source>%1 deletes a whole system tree</source>
        <translation>%1은(는) 시스템 디렉터리 트리 전체를 삭제합니다</translation>
    </message>
    <message>
        <source>%1 runs program code the classifier cannot check</source>
        <translation>%1은(는) 분류기가 검사할 수 없는 프로그램 코드를 실행합니다</translation>
    </message>
    <message>
        <source>%1 deletes everything under %2 and destroys the host</source>
        <translation>%1은(는) %2 아래의 모든 것을 삭제하여 호스트를 파괴합니다</translation>
    </message>
    <message>
        <source>%1 deletes the files it finds</source>
        <translation>%1은(는) 찾은 파일을 삭제합니다</translation>
    </message>
    <message>
        <source>%1 only lists files</source>
        <translation>%1은(는) 파일 목록만 출력합니다</translation>
    </message>
    <message>
        <source>%1 sends data to %2 over the network</source>
        <translation>%1은(는) 네트워크를 통해 %2(으)로 데이터를 보냅니다</translation>
    </message>
    <message>
        <source>%1 writes to %2, which is %3 if the variable is empty</source>
        <translation>%1은(는) %2에 씁니다. 변수가 비어 있으면 이는 %3입니다</translation>
    </message>
    <message>
        <source>%1 writes to %2, a file known only when the command runs</source>
        <translation>%1은(는) 명령이 실행될 때에야 알 수 있는 파일 %2에 씁니다</translation>
    </message>
    <message>
        <source>%1 writes straight onto the disk device %2, destroying its file systems</source>
        <translation>%1은(는) 디스크 장치 %2에 직접 써서 그 파일 시스템을 파괴합니다</translation>
    </message>
    <message>
        <source>%1 writes to /proc/sysrq-trigger, which can crash or reboot the host at once</source>
        <translation>%1은(는) /proc/sysrq-trigger에 써서 호스트를 즉시 다운시키거나 재부팅할 수 있습니다</translation>
    </message>
    <message>
        <source>%1 changes the boot file %2</source>
        <translation>%1은(는) 부팅 파일 %2을(를) 변경합니다</translation>
    </message>
    <message>
        <source>%1 overwrites %2, which can lock everyone out or open the host</source>
        <translation>%1은(는) %2을(를) 덮어써서 모두의 접속을 막거나 호스트의 보안을 무너뜨릴 수 있습니다</translation>
    </message>
    <message>
        <source>%1 changes %2, which can open the host to others or lock everyone out</source>
        <translation>%1은(는) %2을(를) 변경하여 호스트를 다른 사람에게 열어 주거나 모두의 접속을 막을 수 있습니다</translation>
    </message>
    <message>
        <source>%1 changes the kernel setting %2 until the next boot</source>
        <translation>%1은(는) 다음 부팅 때까지 커널 설정 %2을(를) 변경합니다</translation>
    </message>
    <message>
        <source>%1 writes to the kernel interface %2</source>
        <translation>%1은(는) 커널 인터페이스 %2에 씁니다</translation>
    </message>
    <message>
        <source>%1 writes to the device %2</source>
        <translation>%1은(는) 장치 %2에 씁니다</translation>
    </message>
    <message>
        <source>%1 appends to the system file %2</source>
        <translation>%1은(는) 시스템 파일 %2에 내용을 덧붙입니다</translation>
    </message>
    <message>
        <source>%1 overwrites the system file %2</source>
        <translation>%1은(는) 시스템 파일 %2을(를) 덮어씁니다</translation>
    </message>
    <message>
        <source>%1 writes to files matching %2</source>
        <translation>%1은(는) %2와(과) 일치하는 파일에 씁니다</translation>
    </message>
    <message>
        <source>%1 empties the log file %2</source>
        <translation>%1은(는) 로그 파일 %2을(를) 비웁니다</translation>
    </message>
    <message>
        <source>%1 appends to %2</source>
        <translation>%1은(는) %2에 내용을 덧붙입니다</translation>
    </message>
    <message>
        <source>%1 creates or overwrites %2</source>
        <translation>%1은(는) %2을(를) 만들거나 덮어씁니다</translation>
    </message>
    <message>
        <source>%1 removes %2 and everything under it, which destroys the host</source>
        <translation>%1은(는) %2와(과) 그 아래의 모든 것을 삭제하여 호스트를 파괴합니다</translation>
    </message>
    <message>
        <source>%1 removes %2; if the variable is empty that is %3, which destroys the host</source>
        <translation>%1은(는) %2을(를) 삭제합니다. 변수가 비어 있으면 이는 %3이(가) 되어 호스트를 파괴합니다</translation>
    </message>
    <message>
        <source>%1 deletes %2, which the host needs to boot or to let anyone log in</source>
        <translation>%1은(는) 호스트가 부팅하거나 로그인을 허용하는 데 필요한 %2을(를) 삭제합니다</translation>
    </message>
    <message>
        <source>%1 turns off the protection of / against deletion</source>
        <translation>%1은(는) /의 삭제 방지 보호를 끕니다</translation>
    </message>
    <message>
        <source>%1 deletes files named at run time</source>
        <translation>%1은(는) 실행 시에 정해지는 파일을 삭제합니다</translation>
    </message>
    <message>
        <source>%1 deletes files and directories for good</source>
        <translation>%1은(는) 파일과 디렉터리를 영구히 삭제합니다</translation>
    </message>
    <message>
        <source>%1 deletes files for good</source>
        <translation>%1은(는) 파일을 영구히 삭제합니다</translation>
    </message>
    <message>
        <source>%1 overwrites %2 beyond recovery</source>
        <translation>%1은(는) %2을(를) 복구할 수 없게 덮어씁니다</translation>
    </message>
    <message>
        <source>%1 destroys the content of files beyond recovery</source>
        <translation>%1은(는) 파일 내용을 복구할 수 없게 파괴합니다</translation>
    </message>
    <message>
        <source>%1 reads and discards (a read test)</source>
        <translation>%1은(는) 읽고 버리기만 합니다(읽기 테스트)</translation>
    </message>
    <message>
        <source>%1 overwrites %2 and destroys what is on it</source>
        <translation>%1은(는) %2을(를) 덮어써서 그 안의 내용을 파괴합니다</translation>
    </message>
    <message>
        <source>%1 writes the file %2</source>
        <translation>%1은(는) 파일 %2에 씁니다</translation>
    </message>
    <message>
        <source>%1 overwrites %2</source>
        <translation>%1은(는) %2을(를) 덮어씁니다</translation>
    </message>
    <message>
        <source>%1 copies to its output only</source>
        <translation>%1은(는) 출력으로만 복사합니다</translation>
    </message>
    <message>
        <source>%1 creates a new file system, erasing everything on the device</source>
        <translation>%1은(는) 새 파일 시스템을 만들어 장치의 모든 내용을 지웁니다</translation>
    </message>
    <message>
        <source>%1 turns the device %2 into swap, erasing it</source>
        <translation>%1은(는) 장치 %2을(를) 스왑으로 만들면서 내용을 지웁니다</translation>
    </message>
    <message>
        <source>%1 prepares a swap file</source>
        <translation>%1은(는) 스왑 파일을 준비합니다</translation>
    </message>
    <message>
        <source>%1 only lists file system signatures</source>
        <translation>%1은(는) 파일 시스템 시그니처 목록만 출력합니다</translation>
    </message>
    <message>
        <source>%1 erases the file system signatures, so the data on the device is lost</source>
        <translation>%1은(는) 파일 시스템 시그니처를 지워 장치의 데이터를 잃게 합니다</translation>
    </message>
    <message>
        <source>%1 only prints the partition table</source>
        <translation>%1은(는) 파티션 테이블만 출력합니다</translation>
    </message>
    <message>
        <source>%1 can rewrite the partition table and lose every file system on the disk</source>
        <translation>%1은(는) 파티션 테이블을 다시 써서 디스크의 모든 파일 시스템을 잃게 할 수 있습니다</translation>
    </message>
    <message>
        <source>%1 only reads</source>
        <translation>%1은(는) 읽기만 합니다</translation>
    </message>
    <message>
        <source>%1 destroys the volume metadata or data on %2</source>
        <translation>%1은(는) %2의 볼륨 메타데이터나 데이터를 파괴합니다</translation>
    </message>
    <message>
        <source>%1 destroys a logical volume&apos;s data</source>
        <translation>%1은(는) 논리 볼륨의 데이터를 파괴합니다</translation>
    </message>
    <message>
        <source>%1 shrinks a volume and can cut its file system</source>
        <translation>%1은(는) 볼륨을 축소하여 그 파일 시스템을 잘라 낼 수 있습니다</translation>
    </message>
    <message>
        <source>%1 rewrites RAID metadata and can destroy the array&apos;s data</source>
        <translation>%1은(는) RAID 메타데이터를 다시 써서 어레이의 데이터를 파괴할 수 있습니다</translation>
    </message>
    <message>
        <source>%1 only reads the RAID state</source>
        <translation>%1은(는) RAID 상태를 읽기만 합니다</translation>
    </message>
    <message>
        <source>%1 changes a RAID array</source>
        <translation>%1은(는) RAID 어레이를 변경합니다</translation>
    </message>
    <message>
        <source>%1 destroys the keys or data of an encrypted device</source>
        <translation>%1은(는) 암호화된 장치의 키나 데이터를 파괴합니다</translation>
    </message>
    <message>
        <source>%1 changes an encrypted device</source>
        <translation>%1은(는) 암호화된 장치를 변경합니다</translation>
    </message>
    <message>
        <source>%1 destroys ZFS data</source>
        <translation>%1은(는) ZFS 데이터를 파괴합니다</translation>
    </message>
    <message>
        <source>%1 changes ZFS state</source>
        <translation>%1은(는) ZFS 상태를 변경합니다</translation>
    </message>
    <message>
        <source>%1 overwrites the whole device while testing it</source>
        <translation>%1은(는) 장치를 테스트하면서 장치 전체를 덮어씁니다</translation>
    </message>
    <message>
        <source>%1 only reads the device</source>
        <translation>%1은(는) 장치를 읽기만 합니다</translation>
    </message>
    <message>
        <source>%1 erases or damages the disk</source>
        <translation>%1은(는) 디스크를 지우거나 손상시킵니다</translation>
    </message>
    <message>
        <source>%1 changes disk settings</source>
        <translation>%1은(는) 디스크 설정을 변경합니다</translation>
    </message>
    <message>
        <source>%1 only reads disk information</source>
        <translation>%1은(는) 디스크 정보를 읽기만 합니다</translation>
    </message>
    <message>
        <source>%1 changes storage state</source>
        <translation>%1은(는) 스토리지 상태를 변경합니다</translation>
    </message>
    <message>
        <source>%1 changes the permissions of / itself%2, which breaks or opens the whole host</source>
        <translation>%1은(는) / 자체%2의 권한을 변경하여 호스트 전체를 망가뜨리거나 보안을 무너뜨립니다</translation>
    </message>
    <message>
        <source> and everything under it</source>
        <translation> 및 그 아래의 모든 것</translation>
    </message>
    <message>
        <source>%1 makes %2 run as its owner (setuid), a way to become root</source>
        <translation>%1은(는) %2이(가) 소유자 권한으로 실행되게 합니다(setuid). root 권한을 얻는 통로가 됩니다</translation>
    </message>
    <message>
        <source>%1 lets every user write %2, which opens the host</source>
        <translation>%1은(는) 모든 사용자가 %2에 쓸 수 있게 하여 호스트의 보안을 무너뜨립니다</translation>
    </message>
    <message>
        <source>%1 lets every user read the password hashes</source>
        <translation>%1은(는) 모든 사용자가 비밀번호 해시를 읽을 수 있게 합니다</translation>
    </message>
    <message>
        <source>%1 changes the ownership or permissions of %2, which the host depends on</source>
        <translation>%1은(는) 호스트가 의존하는 %2의 소유권이나 권한을 변경합니다</translation>
    </message>
    <message>
        <source>%1 changes permissions recursively; the previous ones cannot be restored</source>
        <translation>%1은(는) 권한을 재귀적으로 변경합니다. 이전 권한은 복원할 수 없습니다</translation>
    </message>
    <message>
        <source>%1 changes a system file&apos;s permissions or owner</source>
        <translation>%1은(는) 시스템 파일의 권한이나 소유자를 변경합니다</translation>
    </message>
    <message>
        <source>%1 changes permissions or ownership</source>
        <translation>%1은(는) 권한이나 소유권을 변경합니다</translation>
    </message>
    <message>
        <source>%1 changes the attributes of the system file %2 (locks it or unlocks it for tampering)</source>
        <translation>%1은(는) 시스템 파일 %2의 속성을 변경합니다(잠그거나, 변조할 수 있게 잠금을 풂)</translation>
    </message>
    <message>
        <source>%1 changes file attributes</source>
        <translation>%1은(는) 파일 속성을 변경합니다</translation>
    </message>
    <message>
        <source>%1 moves %2 away, which the host cannot run or boot without</source>
        <translation>%1은(는) 호스트가 동작하거나 부팅하는 데 꼭 필요한 %2을(를) 다른 곳으로 옮깁니다</translation>
    </message>
    <message>
        <source>%1 moves files</source>
        <translation>%1은(는) 파일을 옮깁니다</translation>
    </message>
    <message>
        <source>%1 copies files</source>
        <translation>%1은(는) 파일을 복사합니다</translation>
    </message>
    <message>
        <source>%1 can overwrite system files in %2</source>
        <translation>%1은(는) %2의 시스템 파일을 덮어쓸 수 있습니다</translation>
    </message>
    <message>
        <source>%1 moves files and can overwrite %2</source>
        <translation>%1은(는) 파일을 옮기며 %2을(를) 덮어쓸 수 있습니다</translation>
    </message>
    <message>
        <source>%1 copies files and can overwrite %2</source>
        <translation>%1은(는) 파일을 복사하며 %2을(를) 덮어쓸 수 있습니다</translation>
    </message>
    <message>
        <source>%1 replaces %2 with a link</source>
        <translation>%1은(는) %2을(를) 링크로 교체합니다</translation>
    </message>
    <message>
        <source>%1 replaces the system file %2 with a link</source>
        <translation>%1은(는) 시스템 파일 %2을(를) 링크로 교체합니다</translation>
    </message>
    <message>
        <source>%1 creates a link</source>
        <translation>%1은(는) 링크를 만듭니다</translation>
    </message>
    <message>
        <source>%1 only passes its input through</source>
        <translation>%1은(는) 입력을 그대로 전달하기만 합니다</translation>
    </message>
    <message>
        <source>%1 cuts %2, which the host needs</source>
        <translation>%1은(는) 호스트에 필요한 %2을(를) 잘라 냅니다</translation>
    </message>
    <message>
        <source>%1 cuts the content of %2</source>
        <translation>%1은(는) %2의 내용을 잘라 냅니다</translation>
    </message>
    <message>
        <source>%1 changes file sizes</source>
        <translation>%1은(는) 파일 크기를 변경합니다</translation>
    </message>
    <message>
        <source>%1 runs commands or writes files from its script</source>
        <translation>%1은(는) 스크립트에 따라 명령을 실행하거나 파일에 씁니다</translation>
    </message>
    <message>
        <source>%1 runs a sed script from a file</source>
        <translation>%1은(는) 파일에 있는 sed 스크립트를 실행합니다</translation>
    </message>
    <message>
        <source>%1 edits %2 in place, which can lock everyone out or open the host</source>
        <translation>%1은(는) %2을(를) 제자리에서 편집하여 모두의 접속을 막거나 호스트의 보안을 무너뜨릴 수 있습니다</translation>
    </message>
    <message>
        <source>%1 only filters text</source>
        <translation>%1은(는) 텍스트를 필터링하기만 합니다</translation>
    </message>
    <message>
        <source>%1 runs an awk program from a file the classifier cannot see</source>
        <translation>%1은(는) 분류기가 볼 수 없는 파일의 awk 프로그램을 실행합니다</translation>
    </message>
    <message>
        <source>%1 runs shell commands from its program</source>
        <translation>%1은(는) 프로그램 안에서 셸 명령을 실행합니다</translation>
    </message>
    <message>
        <source>%1 runs shell commands built at run time</source>
        <translation>%1은(는) 실행 시에 만들어지는 셸 명령을 실행합니다</translation>
    </message>
    <message>
        <source>%1 only sorts text</source>
        <translation>%1은(는) 텍스트를 정렬하기만 합니다</translation>
    </message>
    <message>
        <source>%1 only lists signals</source>
        <translation>%1은(는) 시그널 목록만 출력합니다</translation>
    </message>
    <message>
        <source>%1 only checks that a process exists</source>
        <translation>%1은(는) 프로세스가 있는지 확인하기만 합니다</translation>
    </message>
    <message>
        <source>%1 signals process 1 (init), which brings the host down</source>
        <translation>%1은(는) 프로세스 1(init)에 시그널을 보내 호스트를 다운시킵니다</translation>
    </message>
    <message>
        <source>%1 signals every process on the host</source>
        <translation>%1은(는) 호스트의 모든 프로세스에 시그널을 보냅니다</translation>
    </message>
    <message>
        <source>%1 stops processes known only at run time</source>
        <translation>%1은(는) 실행 시에야 정해지는 프로세스를 중지합니다</translation>
    </message>
    <message>
        <source>%1 stops a process</source>
        <translation>%1은(는) 프로세스를 중지합니다</translation>
    </message>
    <message>
        <source>%1 kills every process on the host</source>
        <translation>%1은(는) 호스트의 모든 프로세스를 강제 종료합니다</translation>
    </message>
    <message>
        <source>%1 only lists processes</source>
        <translation>%1은(는) 프로세스 목록만 출력합니다</translation>
    </message>
    <message>
        <source>%1 matches every process or init and brings the host down</source>
        <translation>%1은(는) 모든 프로세스 또는 init과 일치하여 호스트를 다운시킵니다</translation>
    </message>
    <message>
        <source>%1 kills %2, which cuts remote access or core services</source>
        <translation>%1은(는) %2을(를) 강제 종료하여 원격 접속이나 핵심 서비스를 끊습니다</translation>
    </message>
    <message>
        <source>%1 kills every process of the user %2</source>
        <translation>%1은(는) 사용자 %2의 모든 프로세스를 강제 종료합니다</translation>
    </message>
    <message>
        <source>%1 stops processes by name</source>
        <translation>%1은(는) 이름으로 프로세스를 중지합니다</translation>
    </message>
    <message>
        <source>%1 turns off %2, which opens the host to the network</source>
        <translation>%1은(는) %2을(를) 꺼서 호스트를 네트워크에 노출합니다</translation>
    </message>
    <message>
        <source>%1 stops %2, which can cut the host off from operators</source>
        <translation>%1은(는) %2을(를) 중지하여 운영자가 호스트에 접속하지 못하게 할 수 있습니다</translation>
    </message>
    <message>
        <source>%1 changes the state of %2</source>
        <translation>%1은(는) %2의 상태를 변경합니다</translation>
    </message>
    <message>
        <source>services</source>
        <translation>서비스</translation>
    </message>
    <message>
        <source>%1 only reads the state of services</source>
        <translation>%1은(는) 서비스 상태를 읽기만 합니다</translation>
    </message>
    <message>
        <source>%1 takes the host down or out of normal operation</source>
        <translation>%1은(는) 호스트를 종료하거나 정상 운영 상태에서 벗어나게 합니다</translation>
    </message>
    <message>
        <source>%1 cancels or announces a shutdown</source>
        <translation>%1은(는) 종료를 취소하거나 예고합니다</translation>
    </message>
    <message>
        <source>%1 makes init reload its configuration</source>
        <translation>%1은(는) init이 설정을 다시 읽게 합니다</translation>
    </message>
    <message>
        <source>%1 changes the run level</source>
        <translation>%1은(는) 런레벨을 변경합니다</translation>
    </message>
    <message>
        <source>%1 takes the host down or reboots it; it may not come back on its own</source>
        <translation>%1은(는) 호스트를 종료하거나 재부팅합니다. 스스로 다시 올라오지 않을 수 있습니다</translation>
    </message>
    <message>
        <source>%1 rotates or deletes old journal files</source>
        <translation>%1은(는) 오래된 저널 파일을 순환하거나 삭제합니다</translation>
    </message>
    <message>
        <source>%1 only reads the journal</source>
        <translation>%1은(는) 저널을 읽기만 합니다</translation>
    </message>
    <message>
        <source>%1 clears the kernel log or changes its console level</source>
        <translation>%1은(는) 커널 로그를 지우거나 콘솔 로그 수준을 변경합니다</translation>
    </message>
    <message>
        <source>%1 only reads the kernel log</source>
        <translation>%1은(는) 커널 로그를 읽기만 합니다</translation>
    </message>
    <message>
        <source>%1 only shows what it would do</source>
        <translation>%1은(는) 무엇을 할지 보여 주기만 합니다</translation>
    </message>
    <message>
        <source>%1 rotates logs</source>
        <translation>%1은(는) 로그를 순환합니다</translation>
    </message>
    <message>
        <source>%1 removes %2, without which the host does not boot or cannot be reached</source>
        <translation>%1은(는) 호스트가 부팅하거나 접속되는 데 꼭 필요한 %2을(를) 제거합니다</translation>
    </message>
    <message>
        <source>%1 removes every package matching %2</source>
        <translation>%1은(는) %2와(과) 일치하는 모든 패키지를 제거합니다</translation>
    </message>
    <message>
        <source>%1 removes packages</source>
        <translation>%1은(는) 패키지를 제거합니다</translation>
    </message>
    <message>
        <source>%1 installs or configures packages</source>
        <translation>%1은(는) 패키지를 설치하거나 구성합니다</translation>
    </message>
    <message>
        <source>%1 only reads the package database</source>
        <translation>%1은(는) 패키지 데이터베이스를 읽기만 합니다</translation>
    </message>
    <message>
        <source>%1 installs packages</source>
        <translation>%1은(는) 패키지를 설치합니다</translation>
    </message>
    <message>
        <source>%1 installs or upgrades packages</source>
        <translation>%1은(는) 패키지를 설치하거나 업그레이드합니다</translation>
    </message>
    <message>
        <source>%1 changes Python packages</source>
        <translation>%1은(는) Python 패키지를 변경합니다</translation>
    </message>
    <message>
        <source>%1 upgrades packages across the host, which is hard to undo</source>
        <translation>%1은(는) 호스트 전체의 패키지를 업그레이드합니다. 되돌리기 어렵습니다</translation>
    </message>
    <message>
        <source>%1 changes packages or their caches</source>
        <translation>%1은(는) 패키지나 패키지 캐시를 변경합니다</translation>
    </message>
    <message>
        <source>%1 only reads package information</source>
        <translation>%1은(는) 패키지 정보를 읽기만 합니다</translation>
    </message>
    <message>
        <source>%1 may change packages</source>
        <translation>%1은(는) 패키지를 변경할 수 있습니다</translation>
    </message>
    <message>
        <source>%1 gives a user the rights of the group %2, which is root access</source>
        <translation>%1은(는) 사용자에게 %2 그룹의 권한을 줍니다. 이는 root 권한과 같습니다</translation>
    </message>
    <message>
        <source>%1 makes a second root account</source>
        <translation>%1은(는) 두 번째 root 계정을 만듭니다</translation>
    </message>
    <message>
        <source>%1 sets a password on the command line</source>
        <translation>%1은(는) 명령줄에서 비밀번호를 설정합니다</translation>
    </message>
    <message>
        <source>%1 locks an account</source>
        <translation>%1은(는) 계정을 잠급니다</translation>
    </message>
    <message>
        <source>%1 changes user accounts</source>
        <translation>%1은(는) 사용자 계정을 변경합니다</translation>
    </message>
    <message>
        <source>%1 deletes the root account</source>
        <translation>%1은(는) root 계정을 삭제합니다</translation>
    </message>
    <message>
        <source>%1 deletes an account</source>
        <translation>%1은(는) 계정을 삭제합니다</translation>
    </message>
    <message>
        <source>%1 changes accounts</source>
        <translation>%1은(는) 계정을 변경합니다</translation>
    </message>
    <message>
        <source>%1 removes a password, so anyone can log in as that user</source>
        <translation>%1은(는) 비밀번호를 제거하여 누구나 그 사용자로 로그인할 수 있게 합니다</translation>
    </message>
    <message>
        <source>%1 only shows the password status</source>
        <translation>%1은(는) 비밀번호 상태만 보여 줍니다</translation>
    </message>
    <message>
        <source>%1 changes a password</source>
        <translation>%1은(는) 비밀번호를 변경합니다</translation>
    </message>
    <message>
        <source>%1 sets passwords from its input</source>
        <translation>%1은(는) 입력으로 받은 비밀번호를 설정합니다</translation>
    </message>
    <message>
        <source>%1 only checks the sudoers file</source>
        <translation>%1은(는) sudoers 파일을 검사하기만 합니다</translation>
    </message>
    <message>
        <source>%1 edits who may become root</source>
        <translation>%1은(는) root가 될 수 있는 사용자를 편집합니다</translation>
    </message>
    <message>
        <source>%1 edits the account database</source>
        <translation>%1은(는) 계정 데이터베이스를 편집합니다</translation>
    </message>
    <message>
        <source>%1 adds a key that can log in to another host</source>
        <translation>%1은(는) 다른 호스트에 로그인할 수 있는 키를 추가합니다</translation>
    </message>
    <message>
        <source>%1 only reads keys</source>
        <translation>%1은(는) 키를 읽기만 합니다</translation>
    </message>
    <message>
        <source>%1 removes a known host key</source>
        <translation>%1은(는) 알려진 호스트 키를 제거합니다</translation>
    </message>
    <message>
        <source>%1 creates or changes keys</source>
        <translation>%1은(는) 키를 만들거나 변경합니다</translation>
    </message>
    <message>
        <source>%1 only prints the firewall rules</source>
        <translation>%1은(는) 방화벽 규칙을 출력하기만 합니다</translation>
    </message>
    <message>
        <source>%1 replaces the firewall rules</source>
        <translation>%1은(는) 방화벽 규칙을 교체합니다</translation>
    </message>
    <message>
        <source>%1 flushes the firewall rules, which opens the host to the network</source>
        <translation>%1은(는) 방화벽 규칙을 모두 비워 호스트를 네트워크에 노출합니다</translation>
    </message>
    <message>
        <source>%1 makes the firewall accept everything by default</source>
        <translation>%1은(는) 방화벽이 기본적으로 모든 것을 받아들이게 합니다</translation>
    </message>
    <message>
        <source>%1 only lists the firewall rules</source>
        <translation>%1은(는) 방화벽 규칙 목록만 출력합니다</translation>
    </message>
    <message>
        <source>%1 changes the firewall rules, which can lock operators out or open ports</source>
        <translation>%1은(는) 방화벽 규칙을 변경하여 운영자의 접속을 막거나 포트를 열 수 있습니다</translation>
    </message>
    <message>
        <source>%1 removes firewall rules, which opens the host to the network</source>
        <translation>%1은(는) 방화벽 규칙을 제거하여 호스트를 네트워크에 노출합니다</translation>
    </message>
    <message>
        <source>%1 changes the firewall rules</source>
        <translation>%1은(는) 방화벽 규칙을 변경합니다</translation>
    </message>
    <message>
        <source>%1 turns the firewall off, which opens the host to the network</source>
        <translation>%1은(는) 방화벽을 꺼서 호스트를 네트워크에 노출합니다</translation>
    </message>
    <message>
        <source>%1 makes the firewall allow everything by default</source>
        <translation>%1은(는) 방화벽이 기본적으로 모든 것을 허용하게 합니다</translation>
    </message>
    <message>
        <source>%1 only shows the firewall</source>
        <translation>%1은(는) 방화벽을 보여 주기만 합니다</translation>
    </message>
    <message>
        <source>%1 turns the firewall on or reloads it</source>
        <translation>%1은(는) 방화벽을 켜거나 다시 불러옵니다</translation>
    </message>
    <message>
        <source>%1 lets all traffic through the firewall</source>
        <translation>%1은(는) 모든 트래픽이 방화벽을 통과하게 합니다</translation>
    </message>
    <message>
        <source>%1 reloads the firewall</source>
        <translation>%1은(는) 방화벽을 다시 불러옵니다</translation>
    </message>
    <message>
        <source>%1 turns SELinux enforcement off</source>
        <translation>%1은(는) SELinux 강제 모드를 끕니다</translation>
    </message>
    <message>
        <source>%1 turns SELinux enforcement on</source>
        <translation>%1은(는) SELinux 강제 모드를 켭니다</translation>
    </message>
    <message>
        <source>%1 turns AppArmor protection off</source>
        <translation>%1은(는) AppArmor 보호를 끕니다</translation>
    </message>
    <message>
        <source>%1 only lists audit rules</source>
        <translation>%1은(는) 감사 규칙 목록만 출력합니다</translation>
    </message>
    <message>
        <source>%1 turns auditing off</source>
        <translation>%1은(는) 감사 기능을 끕니다</translation>
    </message>
    <message>
        <source>%1 changes audit rules</source>
        <translation>%1은(는) 감사 규칙을 변경합니다</translation>
    </message>
    <message>
        <source>%1 only reads the security state</source>
        <translation>%1은(는) 보안 상태를 읽기만 합니다</translation>
    </message>
    <message>
        <source>%1 only reads kernel module information</source>
        <translation>%1은(는) 커널 모듈 정보를 읽기만 합니다</translation>
    </message>
    <message>
        <source>%1 unloads %2, which disks, network or the firewall depend on</source>
        <translation>%1은(는) 디스크, 네트워크 또는 방화벽이 의존하는 %2을(를) 언로드합니다</translation>
    </message>
    <message>
        <source>%1 unloads a kernel module</source>
        <translation>%1은(는) 커널 모듈을 언로드합니다</translation>
    </message>
    <message>
        <source>%1 loads a kernel module from a file the classifier cannot check</source>
        <translation>%1은(는) 분류기가 검사할 수 없는 파일에서 커널 모듈을 로드합니다</translation>
    </message>
    <message>
        <source>%1 loads a kernel module</source>
        <translation>%1은(는) 커널 모듈을 로드합니다</translation>
    </message>
    <message>
        <source>%1 only reads kernel settings</source>
        <translation>%1은(는) 커널 설정을 읽기만 합니다</translation>
    </message>
    <message>
        <source>%1 changes how the kernel panics or reacts to SysRq</source>
        <translation>%1은(는) 커널의 패닉 동작이나 SysRq 반응 방식을 변경합니다</translation>
    </message>
    <message>
        <source>%1 changes kernel settings until the next boot</source>
        <translation>%1은(는) 다음 부팅 때까지 커널 설정을 변경합니다</translation>
    </message>
    <message>
        <source>%1 runs a command in a network namespace</source>
        <translation>%1은(는) 네트워크 네임스페이스에서 명령을 실행합니다</translation>
    </message>
    <message>
        <source>%1 removes addresses, routes or links and can cut the host off the network</source>
        <translation>%1은(는) 주소, 라우트 또는 링크를 제거하여 호스트의 네트워크 연결을 끊을 수 있습니다</translation>
    </message>
    <message>
        <source>%1 changes the network configuration</source>
        <translation>%1은(는) 네트워크 구성을 변경합니다</translation>
    </message>
    <message>
        <source>%1 only shows the network configuration</source>
        <translation>%1은(는) 네트워크 구성을 보여 주기만 합니다</translation>
    </message>
    <message>
        <source>%1 takes a network interface down and can cut the host off</source>
        <translation>%1은(는) 네트워크 인터페이스를 내려 호스트의 연결을 끊을 수 있습니다</translation>
    </message>
    <message>
        <source>%1 changes a network interface</source>
        <translation>%1은(는) 네트워크 인터페이스를 변경합니다</translation>
    </message>
    <message>
        <source>%1 only shows network interfaces</source>
        <translation>%1은(는) 네트워크 인터페이스를 보여 주기만 합니다</translation>
    </message>
    <message>
        <source>%1 takes a connection down and can cut the host off</source>
        <translation>%1은(는) 네트워크 연결을 비활성화하여 호스트의 연결을 끊을 수 있습니다</translation>
    </message>
    <message>
        <source>%1 only shows the network state</source>
        <translation>%1은(는) 네트워크 상태를 보여 주기만 합니다</translation>
    </message>
    <message>
        <source>%1 removes a route and can cut the host off</source>
        <translation>%1은(는) 라우트를 제거하여 호스트의 연결을 끊을 수 있습니다</translation>
    </message>
    <message>
        <source>%1 adds a route</source>
        <translation>%1은(는) 라우트를 추가합니다</translation>
    </message>
    <message>
        <source>%1 only shows routes</source>
        <translation>%1은(는) 라우트를 보여 주기만 합니다</translation>
    </message>
    <message>
        <source>%1 only checks that a URL answers</source>
        <translation>%1은(는) URL이 응답하는지 확인하기만 합니다</translation>
    </message>
    <message>
        <source>%1 sends data to a remote service</source>
        <translation>%1은(는) 원격 서비스로 데이터를 보냅니다</translation>
    </message>
    <message>
        <source>%1 uploads %2 to a remote service</source>
        <translation>%1은(는) %2을(를) 원격 서비스로 업로드합니다</translation>
    </message>
    <message>
        <source>%1 downloads %2</source>
        <translation>%1은(는) %2을(를) 다운로드합니다</translation>
    </message>
    <message>
        <source>%1 only fetches a URL and prints it</source>
        <translation>%1은(는) URL을 가져와 출력하기만 합니다</translation>
    </message>
    <message>
        <source>%1 connects a program to the network (a remote shell) and opens the host</source>
        <translation>%1은(는) 프로그램을 네트워크에 연결하여(원격 셸) 호스트의 보안을 무너뜨립니다</translation>
    </message>
    <message>
        <source>%1 opens a listening port</source>
        <translation>%1은(는) 수신 대기 포트를 엽니다</translation>
    </message>
    <message>
        <source>%1 relays data over the network</source>
        <translation>%1은(는) 네트워크로 데이터를 중계합니다</translation>
    </message>
    <message>
        <source>%1 hands a program to the network (a bind or reverse shell) and opens the host</source>
        <translation>%1은(는) 프로그램을 네트워크에 넘겨(바인드 셸 또는 리버스 셸) 호스트의 보안을 무너뜨립니다</translation>
    </message>
    <message>
        <source>%1 only checks whether a port is open</source>
        <translation>%1은(는) 포트가 열려 있는지 확인하기만 합니다</translation>
    </message>
    <message>
        <source>%1 opens a network connection</source>
        <translation>%1은(는) 네트워크 연결을 엽니다</translation>
    </message>
    <message>
        <source>%1 only reads container state</source>
        <translation>%1은(는) 컨테이너 상태를 읽기만 합니다</translation>
    </message>
    <message>
        <source>%1 stops containers</source>
        <translation>%1은(는) 컨테이너를 중지합니다</translation>
    </message>
    <message>
        <source>%1 deletes containers, images, volumes or their data</source>
        <translation>%1은(는) 컨테이너, 이미지, 볼륨 또는 그 데이터를 삭제합니다</translation>
    </message>
    <message>
        <source>%1 gives a container full access to the host</source>
        <translation>%1은(는) 컨테이너에 호스트에 대한 전체 접근 권한을 줍니다</translation>
    </message>
    <message>
        <source>%1 changes containers</source>
        <translation>%1은(는) 컨테이너를 변경합니다</translation>
    </message>
    <message>
        <source>%1 only reads cluster state</source>
        <translation>%1은(는) 클러스터 상태를 읽기만 합니다</translation>
    </message>
    <message>
        <source>%1 deletes or evicts cluster resources</source>
        <translation>%1은(는) 클러스터 리소스를 삭제하거나 축출합니다</translation>
    </message>
    <message>
        <source>%1 changes cluster state</source>
        <translation>%1은(는) 클러스터 상태를 변경합니다</translation>
    </message>
    <message>
        <source>%1 throws away work that cannot be recovered</source>
        <translation>%1은(는) 복구할 수 없는 작업 내용을 버립니다</translation>
    </message>
    <message>
        <source>%1 only reads the repository</source>
        <translation>%1은(는) 저장소를 읽기만 합니다</translation>
    </message>
    <message>
        <source>%1 changes the repository</source>
        <translation>%1은(는) 저장소를 변경합니다</translation>
    </message>
    <message>
        <source>%1 only lists mounted file systems</source>
        <translation>%1은(는) 마운트된 파일 시스템 목록만 출력합니다</translation>
    </message>
    <message>
        <source>%1 unmounts file systems the host runs from</source>
        <translation>%1은(는) 호스트가 실행 중인 파일 시스템을 마운트 해제합니다</translation>
    </message>
    <message>
        <source>%1 unmounts a file system</source>
        <translation>%1은(는) 파일 시스템을 마운트 해제합니다</translation>
    </message>
    <message>
        <source>%1 only shows swap</source>
        <translation>%1은(는) 스왑을 보여 주기만 합니다</translation>
    </message>
    <message>
        <source>%1 changes swap</source>
        <translation>%1은(는) 스왑을 변경합니다</translation>
    </message>
    <message>
        <source>%1 mounts a file system</source>
        <translation>%1은(는) 파일 시스템을 마운트합니다</translation>
    </message>
    <message>
        <source>%1 only reads settings</source>
        <translation>%1은(는) 설정을 읽기만 합니다</translation>
    </message>
    <message>
        <source>%1 changes a system setting</source>
        <translation>%1은(는) 시스템 설정을 변경합니다</translation>
    </message>
    <message>
        <source>%1 unpacks over system files in %2</source>
        <translation>%1은(는) %2의 시스템 파일 위에 압축을 풉니다</translation>
    </message>
    <message>
        <source>%1 unpacks over the root file system</source>
        <translation>%1은(는) 루트 파일 시스템 위에 압축을 풉니다</translation>
    </message>
    <message>
        <source>%1 unpacks files and can overwrite existing ones</source>
        <translation>%1은(는) 파일의 압축을 풀며 기존 파일을 덮어쓸 수 있습니다</translation>
    </message>
    <message>
        <source>%1 only lists an archive</source>
        <translation>%1은(는) 아카이브 목록만 출력합니다</translation>
    </message>
    <message>
        <source>%1 writes an archive</source>
        <translation>%1은(는) 아카이브를 만듭니다</translation>
    </message>
    <message>
        <source>%1 deletes from %2 whatever the source does not have</source>
        <translation>%1은(는) 원본에 없는 것을 %2에서 삭제합니다</translation>
    </message>
    <message>
        <source>%1 deletes or overwrites files at %2</source>
        <translation>%1은(는) %2의 파일을 삭제하거나 덮어씁니다</translation>
    </message>
    <message>
        <source>%1 only writes to its output</source>
        <translation>%1은(는) 출력에만 씁니다</translation>
    </message>
    <message>
        <source>%1 replaces files with their (de)compressed form</source>
        <translation>%1은(는) 파일을 압축(또는 압축 해제)된 형태로 교체합니다</translation>
    </message>
    <message>
        <source>%1 deletes a virtual machine or its storage</source>
        <translation>%1은(는) 가상 머신이나 그 스토리지를 삭제합니다</translation>
    </message>
    <message>
        <source>%1 changes settings or state</source>
        <translation>%1은(는) 설정이나 상태를 변경합니다</translation>
    </message>
    <message>
        <source>%1 changes the priority of running processes</source>
        <translation>%1은(는) 실행 중인 프로세스의 우선순위를 변경합니다</translation>
    </message>
    <message>
        <source>%1 changes %2</source>
        <translation>%1은(는) %2을(를) 변경합니다</translation>
    </message>
    <message>
        <source>%1 creates or removes empty files or directories</source>
        <translation>%1은(는) 빈 파일이나 디렉터리를 만들거나 제거합니다</translation>
    </message>
    <message>
        <source>%1 changes limits of this shell</source>
        <translation>%1은(는) 이 셸의 제한을 변경합니다</translation>
    </message>
    <message>
        <source>%1 reads or clears the shell history</source>
        <translation>%1은(는) 셸 기록을 읽거나 지웁니다</translation>
    </message>
    <message>
        <source>%1 replaces the running kernel</source>
        <translation>%1은(는) 실행 중인 커널을 교체합니다</translation>
    </message>
    <message>
        <source>%1 only flushes buffers to disk</source>
        <translation>%1은(는) 버퍼를 디스크로 내보내기만 합니다</translation>
    </message>
    <message>
        <source>%1 installs files</source>
        <translation>%1은(는) 파일을 설치합니다</translation>
    </message>
    <message>
        <source>%1 copies files between hosts</source>
        <translation>%1은(는) 호스트 간에 파일을 복사합니다</translation>
    </message>
    <message>
        <source>%1 rewrites what the host boots from</source>
        <translation>%1은(는) 호스트의 부팅 영역을 다시 씁니다</translation>
    </message>
    <message>
        <source>%1 changes system state</source>
        <translation>%1은(는) 시스템 상태를 변경합니다</translation>
    </message>
    <message>
        <source>%1 only checks, without repairing</source>
        <translation>%1은(는) 복구하지 않고 검사하기만 합니다</translation>
    </message>
    <message>
        <source>%1 repairs a file system and can lose data on a mounted one</source>
        <translation>%1은(는) 파일 시스템을 복구합니다. 마운트된 파일 시스템이면 데이터를 잃을 수 있습니다</translation>
    </message>
    <message>
        <source>%1 changes a file system</source>
        <translation>%1은(는) 파일 시스템을 변경합니다</translation>
    </message>
    <message>
        <source>%1 changes state</source>
        <translation>%1은(는) 상태를 변경합니다</translation>
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
    <message>
        <source>Run the demo fleet without its fault (a CPU-hungry process under its last host).</source>
        <translation>데모 플릿을 의도된 장애(마지막 호스트에서 CPU를 과도하게 쓰는 프로세스) 없이 실행합니다.</translation>
    </message>
    <message>
        <source>The operator&apos;s incident rules, over the built-in defaults (default: rules.json in the console&apos;s configuration directory).</source>
        <translation>기본 제공 규칙 위에 적용할 운영자의 인시던트 규칙(기본값: 콘솔 설정 디렉터리의 rules.json).</translation>
    </message>
    <message>
        <source>Who proposes remediations: runbooks (local, the default), gemini, openai or anthropic.</source>
        <translation>조치를 제안할 주체: runbooks(로컬, 기본값), gemini, openai, anthropic 중 하나.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>the rules file %1 does not exist</source>
        <translation>규칙 파일 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a provider; ai/provider takes runbooks, gemini, openai or anthropic</source>
        <translation>&quot;%1&quot;은(는) 제공자가 아닙니다. ai/provider에는 runbooks, gemini, openai, anthropic 중 하나를 지정하십시오</translation>
    </message>
    <message>
        <source>ai/timeout_seconds in %1 must be a whole number from 1 to 600</source>
        <translation>%1의 ai/timeout_seconds은(는) 1에서 600 사이의 정수여야 합니다</translation>
    </message>
</context>
<context>
    <name>CredentialReader</name>
    <message>
        <source>the key file %1 does not exist; set another with msctl ssh set %2 --key-file FILE</source>
        <translation>키 파일 %1이(가) 없습니다. msctl ssh set %2 --key-file FILE로 다른 파일을 지정하십시오</translation>
    </message>
    <message>
        <source>the key file %1 is encrypted and its passphrase could not be read from the keychain (%2): %3</source>
        <translation>키 파일 %1은(는) 암호화되어 있는데 키체인에서 암호를 읽을 수 없습니다(%2): %3</translation>
    </message>
    <message>
        <source>%1 has neither a key file nor a password in the keychain; set one with msctl ssh set</source>
        <translation>%1에는 키 파일도, 키체인에 저장된 비밀번호도 없습니다. msctl ssh set으로 설정하십시오</translation>
    </message>
    <message>
        <source>%1 has no key file and the keychain has no password for it (%2); set one with msctl ssh set %1 --password-from-stdin</source>
        <translation>%1에는 키 파일이 없고 키체인에도 비밀번호가 없습니다(%2). msctl ssh set %1 --password-from-stdin으로 설정하십시오</translation>
    </message>
    <message>
        <source>the password for %1 could not be read from the keychain: %2</source>
        <translation>키체인에서 %1의 비밀번호를 읽을 수 없습니다: %2</translation>
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
    <name>ExecutionRepository</name>
    <message>
        <source>There is no execution %1.</source>
        <translation>실행 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>not sent before its deadline: the host&apos;s agent was not connected (or an earlier step failed)</source>
        <translation>기한 전에 전송되지 않음: 호스트의 에이전트가 연결되어 있지 않았습니다(또는 앞 단계가 실패함)</translation>
    </message>
    <message>
        <source>no result from the host&apos;s agent within the command&apos;s timeout</source>
        <translation>명령 제한 시간 안에 호스트의 에이전트로부터 결과가 오지 않았습니다</translation>
    </message>
</context>
<context>
    <name>GoogleAccountClient</name>
    <message>
        <source>Google could not be reached while %1 (%2: %3). Check the network and try again.</source>
        <translation>%1 중 Google에 연결할 수 없습니다(%2: %3). 네트워크를 확인하고 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Google no longer accepts this grant while %1 (%2).</source>
        <translation>%1 중 Google이 이 권한 부여를 더 이상 받아들이지 않습니다(%2).</translation>
    </message>
    <message>
        <source>Google does not accept the OAuth client while %1 (%2). Check the client id (setting google/client_id) and the client secret in the keychain: they must belong to a &quot;Desktop app&quot; OAuth client.</source>
        <translation>%1 중 Google이 OAuth 클라이언트를 받아들이지 않습니다(%2). 클라이언트 ID(설정 google/client_id)와 키체인의 클라이언트 보안 비밀번호를 확인하십시오. 둘 다 &quot;데스크톱 앱&quot;(Desktop app) OAuth 클라이언트의 것이어야 합니다.</translation>
    </message>
    <message>
        <source>Google&apos;s token endpoint answered HTTP %1 while %2%3. Try again; if it persists, sign in again.</source>
        <translation>%2 중 Google 토큰 엔드포인트가 HTTP %1을(를) 반환했습니다%3. 다시 시도하고, 계속되면 다시 로그인하십시오.</translation>
    </message>
    <message>
        <source>Google&apos;s token endpoint answered without an access token. Try again.</source>
        <translation>Google 토큰 엔드포인트의 응답에 액세스 토큰이 없습니다. 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>renewing the access token</source>
        <translation>액세스 토큰 갱신</translation>
    </message>
    <message>
        <source>asking who signed in</source>
        <translation>로그인한 사용자 확인</translation>
    </message>
    <message>
        <source>Google&apos;s userinfo endpoint answered HTTP %1 (%2). Sign in again.</source>
        <translation>Google userinfo 엔드포인트가 HTTP %1을(를) 반환했습니다(%2). 다시 로그인하십시오.</translation>
    </message>
    <message>
        <source>Google did not say which e-mail address signed in. Add the scopes &quot;openid email&quot; (setting google/scopes) and sign in again.</source>
        <translation>Google이 로그인한 이메일 주소를 알려 주지 않았습니다. 범위 &quot;openid email&quot;(설정 google/scopes)을 추가하고 다시 로그인하십시오.</translation>
    </message>
    <message>
        <source>revoking the session</source>
        <translation>세션 취소</translation>
    </message>
    <message>
        <source>Google&apos;s revocation endpoint answered HTTP %1 (%2).</source>
        <translation>Google 취소 엔드포인트가 HTTP %1을(를) 반환했습니다(%2).</translation>
    </message>
    <message>
        <source>exchanging the sign-in code</source>
        <translation>로그인 코드 교환</translation>
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
    <name>IncidentEngine</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n초</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n분</numerusform>
        </translation>
    </message>
    <message>
        <source>CPU busy %1 %</source>
        <translation>CPU 사용률 %1 %</translation>
    </message>
    <message>
        <source>core %1 busy %2 %</source>
        <translation>코어 %1 사용률 %2 %</translation>
    </message>
    <message>
        <source>CPU waiting for I/O %1 % of the time</source>
        <translation>CPU I/O 대기 %1 %</translation>
    </message>
    <message>
        <source>memory %1 % used</source>
        <translation>메모리 사용률 %1 %</translation>
    </message>
    <message>
        <source>swap %1 % used</source>
        <translation>스왑 사용률 %1 %</translation>
    </message>
    <message>
        <source>load %1 per core</source>
        <translation>코어당 부하 %1</translation>
    </message>
    <message>
        <source>filesystem %1 %2 % full</source>
        <translation>파일 시스템 %1 %2 % 사용</translation>
    </message>
    <message>
        <source>filesystem %1 has used %2 % of its inodes</source>
        <translation>파일 시스템 %1 아이노드 %2 % 사용</translation>
    </message>
    <message>
        <source>CPU at %1 °C</source>
        <translation>CPU 온도 %1 °C</translation>
    </message>
    <message>
        <source>interface %1: %2 errors and drops per second</source>
        <translation>인터페이스 %1: 초당 오류 및 드롭 %2건</translation>
    </message>
    <message>
        <source>process %1 uses %2 % of a core</source>
        <translation>프로세스 %1이(가) 코어의 %2 % 사용</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>%1 (%2 at %3)</source>
        <translation>%1 (%2 기준 %3)</translation>
    </message>
    <message>
        <source>%1 for %2 (%3 at %4)</source>
        <translation>%1, %2 지속 (%3 기준 %4)</translation>
    </message>
    <message>
        <source>clear for %1</source>
        <translation>%1 동안 정상</translation>
    </message>
    <message>
        <source>log: %1</source>
        <translation>로그: %1</translation>
    </message>
    <message>
        <source>log of %1: %2</source>
        <translation>%1 로그: %2</translation>
    </message>
    <message numerus="yes">
        <source>the agent&apos;s outbox dropped %n record(s) before the console had them (%1)</source>
        <translation>
            <numerusform>에이전트의 아웃박스가 콘솔에 전달하기 전에 레코드 %n개를 버렸습니다(%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>its rule &quot;%1&quot; is no longer enabled</source>
        <translation>규칙 &quot;%1&quot;이(가) 더 이상 활성화되어 있지 않습니다</translation>
    </message>
    <message>
        <source>the agent has been offline for %1</source>
        <translation>에이전트가 %1 동안 오프라인 상태입니다</translation>
    </message>
    <message>
        <source>nothing new for %1</source>
        <translation>%1 동안 새 이벤트 없음</translation>
    </message>
</context>
<context>
    <name>IncidentRepository</name>
    <message>
        <source>escalated to %1: %2</source>
        <translation>%1(으)로 격상됨: %2</translation>
    </message>
    <message>
        <source>eased to %1: %2</source>
        <translation>%1(으)로 완화됨: %2</translation>
    </message>
    <message>
        <source>opened (flapping: back %1 times within 30 minutes): %2</source>
        <translation>열림(플래핑: 30분 안에 %1회 재발): %2</translation>
    </message>
    <message>
        <source>opened: %1</source>
        <translation>열림: %1</translation>
    </message>
    <message>
        <source>There is no incident %1.</source>
        <translation>인시던트 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Incident %1 is %2; it cannot become %3.</source>
        <translation>인시던트 %1은(는) %2 상태이므로 %3 상태가 될 수 없습니다.</translation>
    </message>
    <message>
        <source>Incident %1 is already resolved.</source>
        <translation>인시던트 %1은(는) 이미 해결되었습니다.</translation>
    </message>
    <message>
        <source>silenced until %1</source>
        <translation>%1까지 알림 끔</translation>
    </message>
</context>
<context>
    <name>IncidentRuleSet</name>
    <message>
        <source>%1 is not valid JSON (at byte %2: %3).</source>
        <translation>%1은(는) 올바른 JSON이 아닙니다(%2바이트 위치: %3).</translation>
    </message>
    <message>
        <source>%1 must be an object with a &quot;rules&quot; array.</source>
        <translation>%1은(는) &quot;rules&quot; 배열을 가진 객체여야 합니다.</translation>
    </message>
    <message>
        <source>%1, rule %2</source>
        <translation>%1, 규칙 %2</translation>
    </message>
    <message>
        <source>%1, rule &quot;%2&quot;</source>
        <translation>%1, 규칙 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>each rule must be an object</source>
        <translation>각 규칙은 객체여야 합니다</translation>
    </message>
    <message>
        <source>&quot;id&quot; is missing (a short name such as &quot;cpu-high&quot;)</source>
        <translation>&quot;id&quot;가 없습니다(&quot;cpu-high&quot; 같은 짧은 이름)</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>알 수 없는 키 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;enabled&quot; must be true or false</source>
        <translation>&quot;enabled&quot;는 true 또는 false여야 합니다</translation>
    </message>
    <message>
        <source>&quot;type&quot; must be threshold, offline, gap or log, not &quot;%1&quot;</source>
        <translation>&quot;type&quot;은 threshold, offline, gap, log 중 하나여야 합니다(지정값 &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>&quot;for_seconds&quot; must be a number of seconds from 0 to 30 days</source>
        <translation>&quot;for_seconds&quot;는 0초에서 30일 사이의 초 단위 숫자여야 합니다</translation>
    </message>
    <message>
        <source>&quot;hold_seconds&quot; must be a number of seconds from 0 to 30 days</source>
        <translation>&quot;hold_seconds&quot;는 0초에서 30일 사이의 초 단위 숫자여야 합니다</translation>
    </message>
    <message>
        <source>&quot;resolve_after_seconds&quot; must be a number of seconds from 0 to 30 days</source>
        <translation>&quot;resolve_after_seconds&quot;는 0초에서 30일 사이의 초 단위 숫자여야 합니다</translation>
    </message>
    <message>
        <source>&quot;severity&quot; must be warning or critical</source>
        <translation>&quot;severity&quot;는 warning 또는 critical이어야 합니다</translation>
    </message>
    <message>
        <source>&quot;metric&quot; must be one of %1</source>
        <translation>&quot;metric&quot;은 %1 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>&quot;warning&quot; and &quot;critical&quot; must be numbers</source>
        <translation>&quot;warning&quot;과 &quot;critical&quot;은 숫자여야 합니다</translation>
    </message>
    <message>
        <source>&quot;critical&quot; (%1) must not be below &quot;warning&quot; (%2)</source>
        <translation>&quot;critical&quot;(%1)은 &quot;warning&quot;(%2)보다 작을 수 없습니다</translation>
    </message>
    <message>
        <source>&quot;clear_margin&quot; must be a number of zero or more</source>
        <translation>&quot;clear_margin&quot;은 0 이상의 숫자여야 합니다</translation>
    </message>
    <message>
        <source>a log rule needs &quot;pattern&quot; (the agent&apos;s pattern name) or &quot;match&quot; (a regular expression)</source>
        <translation>로그 규칙에는 &quot;pattern&quot;(에이전트의 패턴 이름) 또는 &quot;match&quot;(정규식)가 필요합니다</translation>
    </message>
    <message>
        <source>&quot;match&quot; is not a valid regular expression: %1</source>
        <translation>&quot;match&quot;가 올바른 정규식이 아닙니다: %1</translation>
    </message>
    <message>
        <source>&quot;hosts&quot; must be an object with &quot;hostnames&quot;, &quot;racks&quot; and/or &quot;tags&quot;</source>
        <translation>&quot;hosts&quot;는 &quot;hostnames&quot;, &quot;racks&quot;, &quot;tags&quot; 중 하나 이상을 가진 객체여야 합니다</translation>
    </message>
    <message>
        <source>&quot;hosts&quot; takes only lists of text: &quot;hostnames&quot;, &quot;racks&quot;, &quot;tags&quot;</source>
        <translation>&quot;hosts&quot;에는 텍스트 목록만 쓸 수 있습니다: &quot;hostnames&quot;, &quot;racks&quot;, &quot;tags&quot;</translation>
    </message>
    <message>
        <source>&quot;auto_remediation&quot; must be {&quot;enabled&quot;: bool, &quot;allow_medium&quot;: bool, &quot;max_per_hour&quot;: number}</source>
        <translation>&quot;auto_remediation&quot;은 {&quot;enabled&quot;: bool, &quot;allow_medium&quot;: bool, &quot;max_per_hour&quot;: number} 형식이어야 합니다</translation>
    </message>
    <message>
        <source>the id is used twice in this file</source>
        <translation>이 파일에서 같은 id가 두 번 사용되었습니다</translation>
    </message>
    <message>
        <source>Cannot read the rules file %1: %2.</source>
        <translation>규칙 파일 %1을(를) 읽을 수 없습니다: %2.</translation>
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
    <name>KnownHosts</name>
    <message>
        <source>%1 cannot be read; check its permissions</source>
        <translation>%1을(를) 읽을 수 없습니다. 권한을 확인하십시오</translation>
    </message>
    <message>
        <source>%1 presented the key %2, which %3 marks as revoked: nothing was sent to it</source>
        <translation>%1이(가) 제시한 키 %2은(는) %3에 폐기된 키로 표시되어 있습니다. 아무것도 보내지 않았습니다</translation>
    </message>
    <message>
        <source>%1 is known (%2 in %3)</source>
        <translation>%1은(는) 알려진 호스트입니다(%3의 %2)</translation>
    </message>
    <message>
        <source>THE HOST KEY OF %1 HAS CHANGED: it presented %2 but %3 has %4. Someone may be intercepting the connection, or the host was reinstalled. Nothing was sent to it. If the change is expected, remove the old entry from %3 and check the host again.</source>
        <translation>경고: %1의 호스트 키가 변경되었습니다! %2을(를) 제시했지만 %3에는 %4이(가) 있습니다. 누군가 연결을 가로채고 있거나 호스트가 다시 설치되었을 수 있습니다. 아무것도 보내지 않았습니다. 예상된 변경이라면 %3에서 이전 항목을 제거한 뒤 호스트를 다시 확인하십시오.</translation>
    </message>
    <message>
        <source>%1 is not known yet: it presented the %2 key %3. Compare it with the host&apos;s own (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub on the host) before accepting it.</source>
        <translation>%1은(는) 아직 알려지지 않은 호스트입니다: %2 키 %3을(를) 제시했습니다. 수락하기 전에 호스트 자체의 키(호스트에서 ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub)와 비교하십시오.</translation>
    </message>
    <message>
        <source>there is no host key to accept</source>
        <translation>수락할 호스트 키가 없습니다</translation>
    </message>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>%1의 폴더를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
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
    <name>ProposalParser</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 또는 false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>문자열</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>배열</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>객체</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>%1 must be %2, not %3.</source>
        <translation>%1은(는) %2 형식이어야 합니다(현재 %3).</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are accepted.</source>
        <translation>%1의 길이가 %2자입니다. 최대 %3자까지 허용됩니다.</translation>
    </message>
    <message>
        <source>%1 holds a NUL character.</source>
        <translation>%1에 NUL 문자가 있습니다.</translation>
    </message>
    <message>
        <source>%1 is empty; a command must say what to run.</source>
        <translation>%1이(가) 비어 있습니다. 명령에는 실행할 내용이 있어야 합니다.</translation>
    </message>
    <message>
        <source>%1 holds a line break; each command must be a single line.</source>
        <translation>%1에 줄 바꿈이 있습니다. 각 명령은 한 줄이어야 합니다.</translation>
    </message>
    <message>
        <source>%1 holds the control character U+%2.</source>
        <translation>%1에 제어 문자 U+%2이(가) 있습니다.</translation>
    </message>
    <message>
        <source>%1 is empty; a proposal needs at least one command.</source>
        <translation>%1이(가) 비어 있습니다. 제안에는 명령이 하나 이상 있어야 합니다.</translation>
    </message>
    <message>
        <source>%1 holds %2 commands; at most %3 are accepted.</source>
        <translation>%1에 명령이 %2개 있습니다. 최대 %3개까지 허용됩니다.</translation>
    </message>
    <message>
        <source>%1 must be an object, not %2.</source>
        <translation>%1은(는) 객체여야 합니다(현재 %2).</translation>
    </message>
    <message>
        <source>%1.risk is &quot;%2&quot;; it must be low, medium, high or critical.</source>
        <translation>%1.risk가 &quot;%2&quot;입니다. low, medium, high, critical 중 하나여야 합니다.</translation>
    </message>
    <message>
        <source>The answer is %1 bytes long; at most %2 are accepted.</source>
        <translation>응답의 길이가 %1바이트입니다. 최대 %2바이트까지 허용됩니다.</translation>
    </message>
    <message>
        <source>The answer is empty.</source>
        <translation>응답이 비어 있습니다.</translation>
    </message>
    <message>
        <source>The answer is not valid JSON: %1 at byte %2.</source>
        <translation>응답이 올바른 JSON이 아닙니다: %2바이트 위치에서 %1.</translation>
    </message>
    <message>
        <source>The answer must be a JSON object with &quot;analysis&quot; and &quot;proposals&quot;, not an array.</source>
        <translation>응답은 배열이 아니라 &quot;analysis&quot;와 &quot;proposals&quot;를 가진 JSON 객체여야 합니다.</translation>
    </message>
    <message>
        <source>proposals holds %1 proposals; at most %2 are accepted.</source>
        <translation>proposals에 제안이 %1개 있습니다. 최대 %2개까지 허용됩니다.</translation>
    </message>
</context>
<context>
    <name>ProposalRepository</name>
    <message>
        <source>A proposal without commands cannot be stored.</source>
        <translation>명령이 없는 제안은 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>There is no proposal %1 (msctl proposals lists them).</source>
        <translation>제안 %1이(가) 없습니다(msctl proposals로 목록을 볼 수 있습니다).</translation>
    </message>
    <message>
        <source>Proposal %1 is already %2 (by %3).</source>
        <translation>제안 %1은(는) 이미 %2 상태입니다(처리자: %3).</translation>
    </message>
    <message>
        <source>Incident %1 is resolved: its proposals can no longer be approved.</source>
        <translation>인시던트 %1이(가) 해결되었으므로 그 제안은 더 이상 승인할 수 없습니다.</translation>
    </message>
    <message>
        <source>proposal %1 approved</source>
        <translation>제안 %1 승인됨</translation>
    </message>
    <message>
        <source>Say why the proposal is rejected (a reason is kept in the audit log).</source>
        <translation>제안을 거부하는 이유를 입력하십시오(이유는 감사 로그에 보관됩니다).</translation>
    </message>
</context>
<context>
    <name>ProviderSettingsText</name>
    <message>
        <source>Local runbooks</source>
        <translation>로컬 런북</translation>
    </message>
    <message>
        <source>Google Gemini</source>
        <translation>Google Gemini</translation>
    </message>
    <message>
        <source>OpenAI-compatible</source>
        <translation>OpenAI 호환</translation>
    </message>
    <message>
        <source>Anthropic Claude</source>
        <translation>Anthropic Claude</translation>
    </message>
    <message>
        <source>The AI base URL &quot;%1&quot; is not an http:// or https:// address. Fix the setting ai/base_url, or leave it empty for %2&apos;s own endpoint.</source>
        <translation>AI 기본 URL &quot;%1&quot;이(가) http:// 또는 https:// 주소가 아닙니다. ai/base_url 설정을 고치거나, %2 자체 엔드포인트를 쓰려면 비워 두십시오.</translation>
    </message>
    <message>
        <source>The Gemini model name &quot;%1&quot; holds a &quot;/&quot;. Fix the setting ai/model (for example gemini-2.5-flash).</source>
        <translation>Gemini 모델 이름 &quot;%1&quot;에 &quot;/&quot;가 있습니다. ai/model 설정을 고치십시오(예: gemini-2.5-flash).</translation>
    </message>
    <message>
        <source>Gemini needs an API key or a Google sign-in. Store a key in the keychain (Settings, AI provider) or sign in with Google.</source>
        <translation>Gemini에는 API 키 또는 Google 로그인이 필요합니다. 키체인에 키를 저장하거나(설정 &gt; AI 제공자) Google로 로그인하십시오.</translation>
    </message>
    <message>
        <source>Anthropic needs an API key. Store it in the keychain (Settings, AI provider).</source>
        <translation>Anthropic에는 API 키가 필요합니다. 키체인에 저장하십시오(설정 &gt; AI 제공자).</translation>
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
    <name>RemediationService</name>
    <message>
        <source>ended by signal %1</source>
        <translation>시그널 %1(으)로 종료됨</translation>
    </message>
</context>
<context>
    <name>RunbookFiller</name>
    <message>
        <source>Left out because the incident does not tell %1: %2.</source>
        <translation>인시던트에 %1 정보가 없어 제외함: %2.</translation>
    </message>
    <message>
        <source>The runbook %1, filled with this incident&apos;s facts, is not valid: %2</source>
        <translation>이 인시던트의 정보로 채운 런북 %1이(가) 올바르지 않습니다: %2</translation>
    </message>
</context>
<context>
    <name>RunbookLoader</name>
    <message>
        <source>The runbook %1 is not a JSON object: %2.</source>
        <translation>런북 %1이(가) JSON 객체가 아닙니다: %2.</translation>
    </message>
    <message>
        <source>it is an array</source>
        <translation>배열입니다</translation>
    </message>
    <message>
        <source>The runbook %1 needs a &quot;kind&quot; of lower-case letters, digits and dashes.</source>
        <translation>런북 %1에는 소문자, 숫자, 대시로 된 &quot;kind&quot;가 필요합니다.</translation>
    </message>
    <message>
        <source>The runbook %1 names an unknown subject_fact &quot;%2&quot;.</source>
        <translation>런북 %1이(가) 알 수 없는 subject_fact &quot;%2&quot;을(를) 지정합니다.</translation>
    </message>
    <message>
        <source>The runbook %1 needs &quot;analysis&quot;: a string or an array of strings.</source>
        <translation>런북 %1에는 &quot;analysis&quot;(문자열 또는 문자열 배열)가 필요합니다.</translation>
    </message>
    <message>
        <source>The runbook %1 uses the placeholder {%2}, which is not a known fact.</source>
        <translation>런북 %1이(가) 알려진 정보가 아닌 자리 표시자 {%2}을(를) 사용합니다.</translation>
    </message>
    <message>
        <source>The runbook %1 puts {%2} inside quotes; write it bare, it is quoted when it is filled in.</source>
        <translation>런북 %1이(가) {%2}을(를) 따옴표 안에 넣었습니다. 값을 채울 때 자동으로 따옴표 처리되므로 따옴표 없이 쓰십시오.</translation>
    </message>
    <message>
        <source>The runbook %1 is not valid: %2</source>
        <translation>런북 %1이(가) 올바르지 않습니다: %2</translation>
    </message>
    <message>
        <source>The runbook %1 has no proposals.</source>
        <translation>런북 %1에 제안이 없습니다.</translation>
    </message>
    <message>
        <source>Cannot read the runbook %1: %2.</source>
        <translation>런북 %1을(를) 읽을 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>The runbook %1 says it is for &quot;%2&quot;; its file name says &quot;%3&quot;.</source>
        <translation>런북 %1의 내용은 &quot;%2&quot;용이지만 파일 이름은 &quot;%3&quot;입니다.</translation>
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
    <name>SshDispatcher</name>
    <message>
        <source>timed out after %1 s over SSH; the command was sent TERM, then KILL</source>
        <translation>SSH에서 %1초 후 시간 초과되어 명령에 TERM, 이어서 KILL을 보냈습니다</translation>
    </message>
    <message>
        <source>the command ended without an exit status (killed by a signal?)</source>
        <translation>명령이 종료 상태 없이 끝났습니다(시그널로 종료되었습니까?)</translation>
    </message>
</context>
<context>
    <name>SshHostRepository</name>
    <message>
        <source>an SSH host needs a name, an address and a user</source>
        <translation>SSH 호스트에는 이름, 주소, 사용자가 필요합니다</translation>
    </message>
    <message>
        <source>the SSH port must be between 1 and 65535, not %1</source>
        <translation>SSH 포트는 1에서 65535 사이여야 합니다(지정값 %1)</translation>
    </message>
    <message>
        <source>there are no SSH details for &quot;%1&quot;</source>
        <translation>&quot;%1&quot;의 SSH 정보가 없습니다</translation>
    </message>
</context>
<context>
    <name>SshSession</name>
    <message>
        <source>libssh could not make a session (out of memory?)</source>
        <translation>libssh가 세션을 만들 수 없습니다(메모리 부족?)</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2. Check the address and port, and that sshd runs there.</source>
        <translation>%1에 연결할 수 없습니다: %2. 주소와 포트, 그리고 그곳에서 sshd가 실행 중인지 확인하십시오.</translation>
    </message>
    <message>
        <source>%1 did not present a host key: %2</source>
        <translation>%1이(가) 호스트 키를 제시하지 않았습니다: %2</translation>
    </message>
    <message>
        <source>the host key of %1 cannot be read</source>
        <translation>%1의 호스트 키를 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>not connected to a known host</source>
        <translation>알려진 호스트에 연결되어 있지 않습니다</translation>
    </message>
    <message>
        <source>the key file %1 cannot be read (a wrong or missing passphrase?); check the file, or store its passphrase in the keychain as %2</source>
        <translation>키 파일 %1을(를) 읽을 수 없습니다(암호가 틀렸거나 없습니까?). 파일을 확인하거나 키체인에 %2(으)로 암호를 저장하십시오</translation>
    </message>
    <message>
        <source>the key %1</source>
        <translation>키 %1</translation>
    </message>
    <message>
        <source>the password from the keychain</source>
        <translation>키체인의 비밀번호</translation>
    </message>
    <message>
        <source>there is nothing to log in to %1 with: set a key file or a password</source>
        <translation>%1에 로그인할 수단이 없습니다. 키 파일이나 비밀번호를 설정하십시오</translation>
    </message>
    <message>
        <source>%1 refused the login with %2. Check that the key is in the user&apos;s authorized_keys, or the password.</source>
        <translation>%1이(가) %2(으)로 시도한 로그인을 거부했습니다. 키가 사용자의 authorized_keys에 있는지, 또는 비밀번호가 맞는지 확인하십시오.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> 및 </translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>연결되어 있지 않습니다</translation>
    </message>
    <message>
        <source>%1 would not run the command: %2</source>
        <translation>%1이(가) 명령 실행을 거부했습니다: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>the connection to %1 broke while the command ran: %2</source>
        <translation>명령 실행 중 %1과(와)의 연결이 끊어졌습니다: %2</translation>
    </message>
    <message>
        <source>%1 does not offer SFTP (%2); enable the sftp subsystem in its sshd_config</source>
        <translation>%1이(가) SFTP를 제공하지 않습니다(%2). 해당 호스트의 sshd_config에서 sftp 서브시스템을 활성화하십시오</translation>
    </message>
    <message>
        <source>cannot create %1 on %2: %3</source>
        <translation>%2에 %1을(를) 만들 수 없습니다: %3</translation>
    </message>
    <message>
        <source>cannot read the local file for %1</source>
        <translation>%1에 쓸 로컬 파일을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>writing %1 on %2 failed: %3 (is the disk full?)</source>
        <translation>%2에 %1 쓰기 실패: %3(디스크가 가득 찼습니까?)</translation>
    </message>
    <message>
        <source>cannot finish %1 on %2: %3</source>
        <translation>%2의 %1을(를) 마무리할 수 없습니다: %3</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
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
    <name>UsagePrices</name>
    <message>
        <source>The price file is not valid JSON: %1 at byte %2.</source>
        <translation>가격 파일이 올바른 JSON이 아닙니다: %2바이트 위치에서 %1.</translation>
    </message>
    <message>
        <source>The price file is in %1; only USD is supported.</source>
        <translation>가격 파일의 통화가 %1입니다. USD만 지원합니다.</translation>
    </message>
    <message>
        <source>The price file needs &quot;prices&quot;: an array of {provider, model, input_per_million, output_per_million}.</source>
        <translation>가격 파일에는 &quot;prices&quot;({provider, model, input_per_million, output_per_million}의 배열)가 필요합니다.</translation>
    </message>
    <message>
        <source>prices[%1] needs a provider, a model and two prices of 0 or more (input_per_million, output_per_million).</source>
        <translation>prices[%1]에는 provider, model, 그리고 0 이상의 가격 두 개(input_per_million, output_per_million)가 필요합니다.</translation>
    </message>
    <message>
        <source>Cannot read the price file %1: %2.</source>
        <translation>가격 파일 %1을(를) 읽을 수 없습니다: %2.</translation>
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
    <name>mirrorstage::ai::ProposalRequest</name>
    <message>
        <source>The request for proposals was cancelled.</source>
        <translation>제안 요청이 취소되었습니다.</translation>
    </message>
</context>
<context>
    <name>mirrorstage::ai::RemoteProposalRequest</name>
    <message numerus="yes">
        <source>%1 did not answer within %2 s, %n attempt(s). Try again later, raise the timeout, or choose a faster model.</source>
        <translation>
            <numerusform>%1이(가) %2초 안에 응답하지 않았습니다(%n회 시도). 나중에 다시 시도하거나, 제한 시간을 늘리거나, 더 빠른 모델을 선택하십시오.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not reach %1 at %2: %3. Check the setting ai/base_url and the network.</source>
        <translation>%2의 %1에 연결할 수 없습니다: %3. ai/base_url 설정과 네트워크를 확인하십시오.</translation>
    </message>
    <message>
        <source> It said: &quot;%1&quot;.</source>
        <translation> 응답 내용: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Sign in with Google again, or store an API key for %1 in the keychain (Settings, AI provider).</source>
        <translation>Google로 다시 로그인하거나 키체인에 %1 API 키를 저장하십시오(설정 &gt; AI 제공자).</translation>
    </message>
    <message>
        <source>Check the API key for %1 in the keychain (Settings, AI provider) and that it may use the model &quot;%2&quot; (setting ai/model).</source>
        <translation>키체인의 %1 API 키(설정 &gt; AI 제공자)와, 그 키로 모델 &quot;%2&quot;(설정 ai/model)을(를) 사용할 수 있는지 확인하십시오.</translation>
    </message>
    <message>
        <source>%1 refused the credentials (HTTP %2).</source>
        <translation>%1이(가) 자격 증명을 거부했습니다(HTTP %2).</translation>
    </message>
    <message numerus="yes">
        <source>%1 is limiting requests (HTTP 429, %n attempt(s)). Wait a while, or check the plan and quota of the API key.</source>
        <translation>
            <numerusform>%1이(가) 요청을 제한하고 있습니다(HTTP 429, %n회 시도). 잠시 기다리거나 API 키의 요금제와 할당량을 확인하십시오.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 answered HTTP %2, %n attempt(s). The service has trouble; try again later or choose another provider.</source>
        <translation>
            <numerusform>%1이(가) HTTP %2을(를) 반환했습니다(%n회 시도). 서비스에 문제가 있으니 나중에 다시 시도하거나 다른 제공자를 선택하십시오.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not know the model &quot;%2&quot; or the address (HTTP 404).</source>
        <translation>%1이(가) 모델 &quot;%2&quot; 또는 주소를 알지 못합니다(HTTP 404).</translation>
    </message>
    <message>
        <source>Check the settings ai/model and ai/base_url.</source>
        <translation>ai/model과 ai/base_url 설정을 확인하십시오.</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2).</source>
        <translation>%1이(가) 요청을 거부했습니다(HTTP %2).</translation>
    </message>
    <message>
        <source>Check the settings ai/model and ai/base_url; if they are right, the API may have changed.</source>
        <translation>ai/model과 ai/base_url 설정을 확인하십시오. 설정이 맞다면 API가 바뀌었을 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 asks to wait %2 s before the next request (HTTP 429); that is longer than the console waits. Try again later.</source>
        <translation>%1이(가) 다음 요청 전에 %2초를 기다리라고 요청합니다(HTTP 429). 콘솔이 기다리는 시간보다 길므로 나중에 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>%1 declined to answer (%2). Try the local runbooks, or another model.</source>
        <translation>%1이(가) 응답을 거절했습니다(%2). 로컬 런북이나 다른 모델을 사용해 보십시오.</translation>
    </message>
    <message>
        <source>%1&apos;s answer was cut off at its output limit, so it cannot be used. Try again, or choose a model with a larger output limit.</source>
        <translation>%1의 응답이 출력 한도에서 잘려 사용할 수 없습니다. 다시 시도하거나 출력 한도가 더 큰 모델을 선택하십시오.</translation>
    </message>
    <message>
        <source>%1&apos;s reply is not in the form its API documents (%2). Check the setting ai/base_url: it must point at a %1 API.</source>
        <translation>%1의 응답이 API 문서에 나온 형식이 아닙니다(%2). ai/base_url 설정을 확인하십시오. %1 API를 가리켜야 합니다.</translation>
    </message>
    <message>
        <source>%1&apos;s answer does not follow the proposal format, so none of it is shown: %2</source>
        <translation>%1의 응답이 제안 형식을 따르지 않아 아무것도 표시하지 않습니다: %2</translation>
    </message>
</context>
<context>
    <name>mirrorstage::ai::RunbookProvider</name>
    <message>
        <source>No local runbook covers incidents of kind &quot;%1&quot;. Add %1.json to the runbook directory, or choose an AI provider (setting ai/provider).</source>
        <translation>&quot;%1&quot; 종류의 인시던트를 다루는 로컬 런북이 없습니다. 런북 디렉터리에 %1.json을 추가하거나 AI 제공자를 선택하십시오(설정 ai/provider).</translation>
    </message>
    <message>
        <source>Fix or remove the file.</source>
        <translation>파일을 고치거나 제거하십시오.</translation>
    </message>
</context>
<context>
    <name>mirrorstage::app::AccountMenu</name>
    <message>
        <source>Google sign-in</source>
        <translation>Google 로그인</translation>
    </message>
    <message>
        <source>Open this address in a browser</source>
        <translation>브라우저에서 이 주소를 여십시오</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>계정(&amp;A)</translation>
    </message>
    <message>
        <source>Sign &amp;in with Google…</source>
        <translation>Google로 로그인(&amp;I)…</translation>
    </message>
    <message>
        <source>Use &amp;gcloud&apos;s credentials</source>
        <translation>gcloud 자격 증명 사용(&amp;G)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>로그아웃(&amp;O)</translation>
    </message>
    <message>
        <source>Google sign-in &amp;settings…</source>
        <translation>Google 로그인 설정(&amp;S)…</translation>
    </message>
    <message>
        <source>No gcloud credentials at %1</source>
        <translation>%1에 gcloud 자격 증명이 없습니다</translation>
    </message>
    <message>
        <source>gcloud&apos;s credentials</source>
        <translation>gcloud 자격 증명</translation>
    </message>
    <message>
        <source>There are no gcloud credentials at %1. Run &quot;gcloud auth application-default login&quot; first.</source>
        <translation>%1에 gcloud 자격 증명이 없습니다. 먼저 &quot;gcloud auth application-default login&quot;을 실행하십시오.</translation>
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
    <name>mirrorstage::app::ApprovalDialog</name>
    <message>
        <source>low</source>
        <translation>낮음</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>중간</translation>
    </message>
    <message>
        <source>high</source>
        <translation>높음</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>치명적</translation>
    </message>
    <message>
        <source>Approve: %1</source>
        <translation>승인: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;On &lt;b&gt;%1&lt;/b&gt;, in this order:&lt;/p&gt;&lt;ol&gt;%2&lt;/ol&gt;&lt;p&gt;&lt;b&gt;Expected:&lt;/b&gt; %3&lt;/p&gt;&lt;p&gt;&lt;b&gt;Rollback:&lt;/b&gt; %4&lt;/p&gt;&lt;p&gt;&lt;b&gt;Verification:&lt;/b&gt; &lt;code&gt;%5&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;에서 다음 순서로 실행:&lt;/p&gt;&lt;ol&gt;%2&lt;/ol&gt;&lt;p&gt;&lt;b&gt;예상 결과:&lt;/b&gt; %3&lt;/p&gt;&lt;p&gt;&lt;b&gt;롤백:&lt;/b&gt; %4&lt;/p&gt;&lt;p&gt;&lt;b&gt;검증:&lt;/b&gt; &lt;code&gt;%5&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>I have read these commands and want them run on %1.</source>
        <translation>이 명령들을 읽었으며 %1에서 실행하기를 원합니다.</translation>
    </message>
    <message>
        <source>Type the host&apos;s name</source>
        <translation>호스트 이름을 입력하십시오</translation>
    </message>
    <message>
        <source>Approve and run</source>
        <translation>승인 후 실행</translation>
    </message>
    <message>
        <source>Risk %1: read-only diagnostics. Approve runs them.</source>
        <translation>위험도 %1: 읽기 전용 진단입니다. 승인하면 실행됩니다.</translation>
    </message>
    <message>
        <source>Risk %1: this changes the host&apos;s state, reversibly. Confirm to approve.</source>
        <translation>위험도 %1: 호스트의 상태를 되돌릴 수 있게 변경합니다. 승인하려면 확인하십시오.</translation>
    </message>
    <message>
        <source>Risk %1: destructive or hard to reverse. Confirm and type the host&apos;s name, %2, to approve.</source>
        <translation>위험도 %1: 파괴적이거나 되돌리기 어렵습니다. 승인하려면 확인한 뒤 호스트 이름 %2을(를) 입력하십시오.</translation>
    </message>
    <message>
        <source>Risk %1: this can destroy the host or open it up. It cannot be approved here; reject it, or run it by hand outside MIRROR STAGE if you are sure.</source>
        <translation>위험도 %1: 호스트를 파괴하거나 보안을 무너뜨릴 수 있습니다. 여기서는 승인할 수 없습니다. 거부하거나, 확실하다면 MIRROR STAGE 밖에서 직접 실행하십시오.</translation>
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
    <message>
        <source>Not signed in</source>
        <translation>로그인 안 됨</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>%1(으)로 로그인됨</translation>
    </message>
</context>
<context>
    <name>mirrorstage::app::CredentialsPage</name>
    <message>
        <source>stored</source>
        <translation>저장됨</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>저장 안 됨</translation>
    </message>
    <message>
        <source>keychain unavailable</source>
        <translation>키체인 사용 불가</translation>
    </message>
    <message>
        <source>keychain error</source>
        <translation>키체인 오류</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>확인 중…</translation>
    </message>
    <message>
        <source>Replace a credential</source>
        <translation>자격 증명 교체</translation>
    </message>
    <message>
        <source>Set a credential</source>
        <translation>자격 증명 설정</translation>
    </message>
    <message>
        <source>%1
Keychain entry: %2</source>
        <translation>%1
키체인 항목: %2</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>다시 입력</translation>
    </message>
    <message>
        <source>The two values differ.</source>
        <translation>두 값이 다릅니다.</translation>
    </message>
    <message>
        <source>Delete the console&apos;s signing key</source>
        <translation>콘솔 서명 키 삭제</translation>
    </message>
    <message>
        <source>Every agent pinned this key when it was enrolled. Once it is deleted, the console makes a new key at its next start, and every agent refuses that console — no metrics, no commands — until it is enrolled again with a new token. A console running now keeps using the old key until it stops.

Type %1 to delete it.</source>
        <translation>모든 에이전트는 등록할 때 이 키를 고정했습니다. 키를 삭제하면 콘솔은 다음 시작 때 새 키를 만들고, 모든 에이전트는 새 토큰으로 다시 등록될 때까지 그 콘솔을 거부합니다 — 지표도, 명령도 없습니다. 지금 실행 중인 콘솔은 중지될 때까지 이전 키를 계속 사용합니다.

삭제하려면 %1을(를) 입력하십시오.</translation>
    </message>
    <message>
        <source>Delete the key</source>
        <translation>키 삭제</translation>
    </message>
    <message>
        <source>Every secret of the console lives in the system keychain (the Secret Service). This list shows which ones are stored, never their values.</source>
        <translation>콘솔의 모든 비밀 정보는 시스템 키체인(Secret Service)에 보관됩니다. 이 목록은 어떤 항목이 저장되어 있는지만 보여 주며 값은 절대 보여 주지 않습니다.</translation>
    </message>
    <message>
        <source>Keychain entry</source>
        <translation>키체인 항목</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>용도</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Set or replace…</source>
        <translation>설정 또는 교체…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>다시 확인</translation>
    </message>
    <message>
        <source>Asking the keychain…</source>
        <translation>키체인에 확인하는 중…</translation>
    </message>
    <message>
        <source>No keychain is reachable: %1

The console keeps every secret in the Secret Service of your session and never writes one to a file instead, so nothing can be stored or deleted now. To fix it, install and start gnome-keyring (or KWallet) in this desktop session, unlock it, and press Check again. On a server without a desktop session, start the console with --key-file PATH for its signing key; AI provider keys and the other credentials cannot be kept there, and the console proposes remediations from its local runbooks.</source>
        <translation>사용할 수 있는 키체인이 없습니다: %1

콘솔은 모든 비밀 정보를 세션의 Secret Service에 보관하며 대신 파일에 쓰는 일은 없으므로, 지금은 아무것도 저장하거나 삭제할 수 없습니다. 해결하려면 이 데스크톱 세션에서 gnome-keyring(또는 KWallet)을 설치해 시작하고 잠금을 해제한 뒤 다시 확인을 누르십시오. 데스크톱 세션이 없는 서버에서는 서명 키를 위해 --key-file PATH로 콘솔을 시작하십시오. 이 경우 AI 제공자 키와 다른 자격 증명은 보관할 수 없으며, 콘솔은 로컬 런북으로 조치를 제안합니다.</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>교체…</translation>
    </message>
    <message>
        <source>Set…</source>
        <translation>설정…</translation>
    </message>
    <message>
        <source>The console makes its signing key itself at its first start. Delete it to have a new one made at the next start (agents must then be enrolled again).</source>
        <translation>콘솔은 처음 시작할 때 서명 키를 직접 만듭니다. 삭제하면 다음 시작 때 새 키를 만듭니다(이 경우 에이전트를 다시 등록해야 합니다).</translation>
    </message>
    <message>
        <source>Saving &quot;%1&quot; in the keychain…</source>
        <translation>키체인에 &quot;%1&quot;을(를) 저장하는 중…</translation>
    </message>
    <message>
        <source>Delete a credential</source>
        <translation>자격 증명 삭제</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; (%2) from the keychain? The console cannot use it until it is set again.</source>
        <translation>키체인에서 &quot;%1&quot;(%2)을(를) 삭제하시겠습니까? 다시 설정할 때까지 콘솔은 이 항목을 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>Deleting &quot;%1&quot; from the keychain…</source>
        <translation>키체인에서 &quot;%1&quot;을(를) 삭제하는 중…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no longer in the keychain.</source>
        <translation>&quot;%1&quot;이(가) 더 이상 키체인에 없습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is saved in the keychain. A running console reads AI keys and the TLS passphrase when it starts: restart it to use the new value.</source>
        <translation>&quot;%1&quot;을(를) 키체인에 저장했습니다. 실행 중인 콘솔은 AI 키와 TLS 암호를 시작할 때 읽으므로, 새 값을 사용하려면 콘솔을 다시 시작하십시오.</translation>
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
    <message>
        <source>cannot write the demo&apos;s rules to %1: %2</source>
        <translation>데모 규칙을 %1에 쓸 수 없습니다: %2</translation>
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
    <name>mirrorstage::app::GoogleSettingsDialog</name>
    <message>
        <source>Google sign-in settings</source>
        <translation>Google 로그인 설정</translation>
    </message>
    <message>
        <source>…apps.googleusercontent.com</source>
        <translation>…apps.googleusercontent.com</translation>
    </message>
    <message>
        <source>OAuth client id (Desktop app)</source>
        <translation>OAuth 클라이언트 ID(데스크톱 앱)</translation>
    </message>
    <message>
        <source>unchanged (kept in the keychain)</source>
        <translation>변경 안 함(키체인에 보관됨)</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>클라이언트 보안 비밀번호</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>범위</translation>
    </message>
    <message>
        <source>Create the client in Google Cloud Console, APIs &amp; Services, Credentials: &quot;Create credentials&quot;, &quot;OAuth client ID&quot;, type &quot;Desktop app&quot;. The settings apply to the next sign-in.</source>
        <translation>Google Cloud Console의 API 및 서비스 &gt; 사용자 인증 정보에서 클라이언트를 만드십시오: &quot;사용자 인증 정보 만들기&quot;, &quot;OAuth 클라이언트 ID&quot;, 유형 &quot;데스크톱 앱&quot;. 설정은 다음 로그인부터 적용됩니다.</translation>
    </message>
    <message>
        <source>The client secret was not saved: %1</source>
        <translation>클라이언트 보안 비밀번호를 저장하지 못했습니다: %1</translation>
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
    <name>mirrorstage::app::HubService</name>
    <message>
        <source>The console&apos;s hub is not running.</source>
        <translation>콘솔의 허브가 실행 중이 아닙니다.</translation>
    </message>
</context>
<context>
    <name>mirrorstage::app::IncidentListModel</name>
    <message>
        <source>open</source>
        <translation>열림</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>확인됨</translation>
    </message>
    <message>
        <source>remediating</source>
        <translation>조치 중</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>해결됨</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>위험</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>%1, silenced</source>
        <translation>%1, 알림 꺼짐</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>심각도</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>호스트</translation>
    </message>
    <message>
        <source>What</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>발생 시각</translation>
    </message>
</context>
<context>
    <name>mirrorstage::app::IncidentsDock</name>
    <message>
        <source>Asked the provider again; its proposals appear here.</source>
        <translation>제공자에게 다시 요청했습니다. 제안이 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>The provider gave no proposals: %1</source>
        <translation>제공자가 제안을 내놓지 않았습니다: %1</translation>
    </message>
    <message>
        <source>Incidents (%1)</source>
        <translation>인시던트 (%1)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1: %2&lt;/h3&gt;&lt;p&gt;%3 · %4 · rule %5%6&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1: %2&lt;/h3&gt;&lt;p&gt;%3 · %4 · 규칙 %5%6&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Proposal %1: %2 &lt;span style=&apos;color:%3&apos;&gt;[%4]&lt;/span&gt; — %5&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;제안 %1: %2 &lt;span style=&apos;color:%3&apos;&gt;[위험도 %4]&lt;/span&gt; — %5&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Expected: %1&lt;br/&gt;Rollback: %2&lt;br/&gt;Verification: &lt;code&gt;%3&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;예상 결과: %1&lt;br/&gt;롤백: %2&lt;br/&gt;검증: &lt;code&gt;%3&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>, exit %1</source>
        <translation>, 종료 코드 %1</translation>
    </message>
    <message>
        <source>, timed out</source>
        <translation>, 시간 초과</translation>
    </message>
    <message>
        <source>, output truncated</source>
        <translation>, 출력 잘림</translation>
    </message>
    <message>
        <source>%1 — %2 [%3, %4]</source>
        <translation>%1 — %2 [%3, %4]</translation>
    </message>
    <message>
        <source>Proposal %1 was not approved: %2</source>
        <translation>제안 %1이(가) 승인되지 않았습니다: %2</translation>
    </message>
    <message numerus="yes">
        <source>Proposal %1 approved: %n command(s) go to the host; their output appears below.</source>
        <translation>
            <numerusform>제안 %1 승인됨: 명령 %n개를 호스트로 보냅니다. 출력은 아래에 표시됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject proposal %1</source>
        <translation>제안 %1 거부</translation>
    </message>
    <message>
        <source>Why? (kept in the audit log)</source>
        <translation>거부 이유(감사 로그에 보관됨)</translation>
    </message>
    <message>
        <source>Proposal %1 rejected.</source>
        <translation>제안 %1을(를) 거부했습니다.</translation>
    </message>
    <message>
        <source>Proposal %1 was not rejected: %2</source>
        <translation>제안 %1이(가) 거부되지 않았습니다: %2</translation>
    </message>
    <message>
        <source>in the console</source>
        <translation>콘솔에서</translation>
    </message>
    <message>
        <source>%1 %2: %3 requests, %4 + %5 tokens, %6 USD</source>
        <translation>%1 %2: 요청 %3건, 토큰 %4 + %5개, %6 USD</translation>
    </message>
    <message numerus="yes">
        <source>AI today: %n request(s), %1 tokens, %2 USD</source>
        <translation>
            <numerusform>오늘 AI 사용: 요청 %n건, 토큰 %1개, %2 USD</numerusform>
        </translation>
    </message>
    <message>
        <source>No AI provider was asked today.</source>
        <translation>오늘은 AI 제공자에게 요청하지 않았습니다.</translation>
    </message>
    <message>
        <source>Show resolved</source>
        <translation>해결된 항목 표시</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Silence 1 h</source>
        <translation>1시간 알림 끄기</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>해결</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>승인…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>거부…</translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation>다시 요청</translation>
    </message>
    <message>
        <source>The output of approved commands appears here as they run.</source>
        <translation>승인된 명령이 실행되면 그 출력이 여기에 표시됩니다.</translation>
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
    <message>
        <source>&amp;SSH…</source>
        <translation>SSH(&amp;S)…</translation>
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
    <name>mirrorstage::app::RemediationService</name>
    <message>
        <source>no proposals: %1</source>
        <translation>제안 없음: %1</translation>
    </message>
    <message numerus="yes">
        <source>not run automatically: %n automatic remediation(s) on this host in the last hour already</source>
        <translation>
            <numerusform>자동 실행하지 않음: 이 호스트에서 지난 1시간 동안 이미 자동 조치를 %n회 실행했습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>the agent&apos;s result could not be read: %1</source>
        <translation>에이전트의 결과를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>proposal %1 executed; watching whether the condition clears</source>
        <translation>제안 %1 실행됨. 상태가 해소되는지 지켜보는 중</translation>
    </message>
    <message>
        <source>not run: an earlier step of the proposal did not succeed</source>
        <translation>실행하지 않음: 제안의 앞 단계가 성공하지 못했습니다</translation>
    </message>
    <message>
        <source>proposal %1 failed at step %2 (%3): %4</source>
        <translation>제안 %1이(가) %2단계에서 실패했습니다(%3): %4</translation>
    </message>
    <message>
        <source>the console does not sign a critical command</source>
        <translation>콘솔은 치명적 위험도의 명령에 서명하지 않습니다</translation>
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
    <message>
        <source>Credentials</source>
        <translation>자격 증명</translation>
    </message>
</context>
<context>
    <name>mirrorstage::app::SshHostDialog</name>
    <message>
        <source>SSH details of a new host</source>
        <translation>새 호스트의 SSH 정보</translation>
    </message>
    <message>
        <source>SSH details of %1</source>
        <translation>%1의 SSH 정보</translation>
    </message>
    <message>
        <source>Hosts this machine already knows from ~/.ssh/config, known_hosts, the ARP table and DHCP leases. Nothing is sent on the network to find them.</source>
        <translation>이 머신이 ~/.ssh/config, known_hosts, ARP 테이블, DHCP 임대 정보로 이미 알고 있는 호스트입니다. 이를 찾으려고 네트워크로 보내는 것은 없습니다.</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>추천</translation>
    </message>
    <message>
        <source>how the console names the host, e.g. web-1</source>
        <translation>콘솔에서 부를 호스트 이름(예: web-1)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>address or DNS name</source>
        <translation>주소 또는 DNS 이름</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>포트</translation>
    </message>
    <message>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>empty: log in with the password</source>
        <translation>비워 두면 비밀번호로 로그인</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>키 파일</translation>
    </message>
    <message>
        <source>leave empty to keep the stored one (kept in the keychain)</source>
        <translation>비워 두면 저장된 값 유지(키체인에 보관됨)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>[user@]host[:port]; empty: connect directly</source>
        <translation>[user@]host[:port], 비워 두면 직접 연결</translation>
    </message>
    <message>
        <source>Jump host</source>
        <translation>점프 호스트</translation>
    </message>
    <message>
        <source>Check host key</source>
        <translation>호스트 키 확인</translation>
    </message>
    <message>
        <source>Trust this key</source>
        <translation>이 키 신뢰</translation>
    </message>
    <message>
        <source>Install agent…</source>
        <translation>에이전트 설치…</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>The saved SSH details could not be read: %1</source>
        <translation>저장된 SSH 정보를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>no known hosts on this machine</source>
        <translation>이 머신에 알려진 호스트가 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>%n known host(s): choose one to fill in</source>
        <translation>
            <numerusform>알려진 호스트 %n개: 하나를 선택하면 채워집니다</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2, from %3)</source>
        <translation>%1 (%2, 출처: %3)</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>개인 키 파일</translation>
    </message>
    <message>
        <source>Give the host a name first.</source>
        <translation>먼저 호스트 이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>Fill in the address and the user first.</source>
        <translation>먼저 주소와 사용자를 입력하십시오.</translation>
    </message>
    <message>
        <source>The key file %1 does not exist: choose another one, or empty the field to log in with the password.</source>
        <translation>키 파일 %1이(가) 없습니다. 다른 파일을 선택하거나, 비밀번호로 로그인하려면 칸을 비우십시오.</translation>
    </message>
    <message>
        <source>The SSH details were not saved: %1</source>
        <translation>SSH 정보를 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>SSH details of %1 saved.</source>
        <translation>%1의 SSH 정보를 저장했습니다.</translation>
    </message>
    <message>
        <source>The password could not be stored in the keychain, so nothing was saved: %1</source>
        <translation>비밀번호를 키체인에 저장할 수 없어 아무것도 저장하지 않았습니다: %1</translation>
    </message>
    <message>
        <source>Fill in the address first.</source>
        <translation>먼저 주소를 입력하십시오.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1에 연결하는 중…</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>연결할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Known: %1 presents the %2 key %3, which %4 has.</source>
        <translation>알려진 키: %1이(가) %2 키 %3을(를) 제시했으며, 이 키는 %4에 있습니다.</translation>
    </message>
    <message>
        <source>Unknown: %1 presents the %2 key
%3
Compare it with the host&apos;s own (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub on the host) before you trust it.</source>
        <translation>알 수 없는 키: %1이(가) 다음 %2 키를 제시했습니다
%3
신뢰하기 전에 호스트 자체의 키(호스트에서 ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub)와 비교하십시오.</translation>
    </message>
    <message>
        <source>THE HOST KEY HAS CHANGED: %1 now presents the %2 key %3, but %4 has %5 for it. Someone may be in between. Nothing was accepted; if the host was really reinstalled, remove its old entry from %4 first.</source>
        <translation>경고: 호스트 키가 변경되었습니다! %1이(가) 이제 %2 키 %3을(를) 제시하지만 %4에는 %5(으)로 되어 있습니다. 누군가 중간에서 가로채고 있을 수 있습니다. 아무것도 수락하지 않았습니다. 호스트를 실제로 다시 설치했다면 먼저 %4에서 이전 항목을 제거하십시오.</translation>
    </message>
    <message>
        <source>The host key cannot be trusted: %1</source>
        <translation>호스트 키를 신뢰할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The key was not accepted: %1</source>
        <translation>키를 수락하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Installing the agent on %1…</source>
        <translation>%1에 에이전트를 설치하는 중…</translation>
    </message>
    <message>
        <source>The agent was not installed: %1</source>
        <translation>에이전트를 설치하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
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
    <name>mirrorstage::auth::GoogleSignIn</name>
    <message>
        <source>Google sign-in needs your own OAuth client: create a &quot;Desktop app&quot; OAuth client id in Google Cloud Console and enter it in Account, Google sign-in settings (google/client_id).</source>
        <translation>Google 로그인에는 직접 만든 OAuth 클라이언트가 필요합니다. Google Cloud Console에서 &quot;데스크톱 앱&quot; OAuth 클라이언트 ID를 만들어 계정 &gt; Google 로그인 설정(google/client_id)에 입력하십시오.</translation>
    </message>
    <message>
        <source>Google sign-in could not open a port on 127.0.0.1 for the browser to come back to. Check that the loopback interface is up and try again.</source>
        <translation>Google 로그인에서 브라우저가 돌아올 127.0.0.1의 포트를 열 수 없습니다. 루프백 인터페이스가 활성화되어 있는지 확인하고 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Google did not accept the sign-in code (%1). Start the sign-in again.</source>
        <translation>Google이 로그인 코드를 받아들이지 않았습니다(%1). 로그인을 다시 시작하십시오.</translation>
    </message>
    <message numerus="yes">
        <source>Nobody finished the Google sign-in in the browser within %n minute(s). Start it again.</source>
        <translation>
            <numerusform>%n분 안에 브라우저에서 Google 로그인을 완료하지 않았습니다. 다시 시작하십시오.</numerusform>
        </translation>
    </message>
    <message>
        <source>No web browser could be opened for Google sign-in. To go on, open this address in a browser on this computer (the answer comes back to a port of 127.0.0.1):
%1</source>
        <translation>Google 로그인을 위한 웹 브라우저를 열 수 없습니다. 계속하려면 이 컴퓨터의 브라우저에서 다음 주소를 여십시오(응답은 127.0.0.1의 포트로 돌아옵니다):
%1</translation>
    </message>
    <message>
        <source>The sign-in was not completed. You can close this page and return to MIRROR STAGE.</source>
        <translation>로그인이 완료되지 않았습니다. 이 페이지를 닫고 MIRROR STAGE로 돌아가도 됩니다.</translation>
    </message>
    <message>
        <source>You declined the Google sign-in in the browser (consent denied); nothing changed. Choose Sign in with Google to try again.</source>
        <translation>브라우저에서 Google 로그인을 거절했습니다(동의 거부). 아무것도 바뀌지 않았습니다. 다시 시도하려면 Google로 로그인을 선택하십시오.</translation>
    </message>
    <message>
        <source>Google refused the sign-in (%1%2). Check the OAuth client (setting google/client_id) and the scopes (google/scopes), then try again.</source>
        <translation>Google이 로그인을 거부했습니다(%1%2). OAuth 클라이언트(설정 google/client_id)와 범위(google/scopes)를 확인한 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in MIRROR STAGE started, and was ignored.</source>
        <translation>이 응답은 MIRROR STAGE가 시작한 로그인의 것이 아니어서 무시했습니다.</translation>
    </message>
    <message>
        <source>The answer that came back from the browser did not belong to this sign-in (state mismatch), so it was refused: it may have been sent by another page. Start the sign-in again.</source>
        <translation>브라우저에서 돌아온 응답이 이 로그인의 것이 아니어서(state 불일치) 거부했습니다. 다른 페이지가 보낸 것일 수 있습니다. 로그인을 다시 시작하십시오.</translation>
    </message>
    <message>
        <source>Google&apos;s answer carried no authorization code. Start the sign-in again.</source>
        <translation>Google의 응답에 인증 코드가 없습니다. 로그인을 다시 시작하십시오.</translation>
    </message>
    <message>
        <source>MIRROR STAGE received Google&apos;s answer. You can close this page.</source>
        <translation>MIRROR STAGE가 Google의 응답을 받았습니다. 이 페이지를 닫아도 됩니다.</translation>
    </message>
    <message>
        <source>The saved Google session could not be read from the keychain (%1). Sign in again.</source>
        <translation>저장된 Google 세션을 키체인에서 읽을 수 없습니다(%1). 다시 로그인하십시오.</translation>
    </message>
    <message>
        <source>Google no longer accepts gcloud&apos;s credentials (%1). Run &quot;gcloud auth application-default login&quot; again.</source>
        <translation>Google이 gcloud 자격 증명을 더 이상 받아들이지 않습니다(%1). &quot;gcloud auth application-default login&quot;을 다시 실행하십시오.</translation>
    </message>
    <message>
        <source>Google sign-in could not learn who signed in: %1</source>
        <translation>Google 로그인에서 로그인한 사용자를 확인할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>You are signed in, but the keychain did not keep the session (%1); you will have to sign in again after a restart.</source>
        <translation>로그인했지만 키체인에 세션이 저장되지 않았습니다(%1). 다시 시작한 후에는 다시 로그인해야 합니다.</translation>
    </message>
    <message>
        <source>Nobody is signed in with Google. Choose Account, Sign in with Google.</source>
        <translation>Google로 로그인한 사용자가 없습니다. 계정 &gt; Google로 로그인을 선택하십시오.</translation>
    </message>
    <message>
        <source>The Google session changed while its token was renewed.</source>
        <translation>토큰을 갱신하는 동안 Google 세션이 바뀌었습니다.</translation>
    </message>
    <message>
        <source>Your Google session expired or was revoked; sign in again (Account, Sign in with Google).</source>
        <translation>Google 세션이 만료되었거나 취소되었습니다. 다시 로그인하십시오(계정 &gt; Google로 로그인).</translation>
    </message>
    <message>
        <source>You signed out of Google.</source>
        <translation>Google에서 로그아웃했습니다.</translation>
    </message>
    <message>
        <source>You are signed out here, but Google could not be told to revoke the session (%1). You can remove MIRROR STAGE&apos;s access at https://myaccount.google.com/permissions.</source>
        <translation>여기서는 로그아웃했지만 Google에 세션 취소를 알리지 못했습니다(%1). https://myaccount.google.com/permissions 에서 MIRROR STAGE의 액세스 권한을 제거할 수 있습니다.</translation>
    </message>
    <message>
        <source>You are signed out, but the keychain still holds the Google session (%1). Remove the entries google/refresh_token and google/access_token of the service &quot;mirrorstage&quot; by hand.</source>
        <translation>로그아웃했지만 키체인에 아직 Google 세션이 남아 있습니다(%1). 서비스 &quot;mirrorstage&quot;의 google/refresh_token과 google/access_token 항목을 직접 제거하십시오.</translation>
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
    <message>
        <source>agent %1 is not connected; the command was not sent</source>
        <translation>에이전트 %1이(가) 연결되어 있지 않아 명령을 보내지 않았습니다</translation>
    </message>
    <message>
        <source>agent %1 (%2) does not run commands: its configuration must set &quot;enabled&quot;: true in its &quot;commands&quot; section; the command was not sent</source>
        <translation>에이전트 %1(%2)은(는) 명령을 실행하지 않습니다. 에이전트 설정의 &quot;commands&quot; 섹션에 &quot;enabled&quot;: true가 있어야 합니다. 명령을 보내지 않았습니다</translation>
    </message>
</context>
<context>
    <name>mirrorstage::remote::AgentInstaller</name>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Install stopped at &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; 단계에서 설치가 중단되었습니다: %2</translation>
    </message>
    <message>
        <source>making a one-time enrollment token</source>
        <translation>일회용 등록 토큰을 만드는 중</translation>
    </message>
    <message>
        <source>the reflector binary %1 does not exist; name it with --reflector PATH</source>
        <translation>reflector 바이너리 %1이(가) 없습니다. --reflector PATH로 지정하십시오</translation>
    </message>
    <message>
        <source>the console has not run with this database yet, so its public key is unknown: start the console once, then try again</source>
        <translation>콘솔이 아직 이 데이터베이스로 실행된 적이 없어 공개 키를 알 수 없습니다. 콘솔을 한 번 시작한 뒤 다시 시도하십시오</translation>
    </message>
    <message>
        <source>install over SSH on %1</source>
        <translation>%1에 SSH로 설치</translation>
    </message>
    <message>
        <source>token %1, valid until %2, for %3</source>
        <translation>토큰 %1, %2까지 유효, 대상 %3</translation>
    </message>
    <message>
        <source>waiting for the agent to enrol with the console (up to %1 s)</source>
        <translation>에이전트가 콘솔에 등록하기를 기다리는 중(최대 %1초)</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>시간 초과</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>종료 상태 %1</translation>
    </message>
    <message>
        <source>`%1` failed on the host (%2)</source>
        <translation>호스트에서 `%1` 실패(%2)</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>%1에 연결하는 중</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>연결됨</translation>
    </message>
    <message>
        <source>Accept it with: msctl ssh trust %1 --fingerprint %2</source>
        <translation>다음 명령으로 수락하십시오: msctl ssh trust %1 --fingerprint %2</translation>
    </message>
    <message>
        <source>%1 key %2 is known</source>
        <translation>%1 키 %2은(는) 알려진 키입니다</translation>
    </message>
    <message>
        <source>logging in as %1</source>
        <translation>%1(으)로 로그인하는 중</translation>
    </message>
    <message>
        <source>logged in as %1</source>
        <translation>%1(으)로 로그인함</translation>
    </message>
    <message>
        <source>copying %1 (%2 MiB) to %3 over SFTP</source>
        <translation>SFTP로 %1(%2 MiB)을(를) %3에 복사하는 중</translation>
    </message>
    <message>
        <source>%1 is in place</source>
        <translation>%1 배치 완료</translation>
    </message>
    <message>
        <source>writing %1 (mode 0600)</source>
        <translation>%1 쓰는 중(모드 0600)</translation>
    </message>
    <message>
        <source>%1 written: console endpoint %2, its public key and the one-time token</source>
        <translation>%1 작성 완료: 콘솔 엔드포인트 %2, 콘솔 공개 키, 일회용 토큰</translation>
    </message>
    <message>
        <source>writing %1</source>
        <translation>%1 쓰는 중</translation>
    </message>
    <message>
        <source>%1 written (ProtectSystem=strict, ProtectHome=yes, NoNewPrivileges=yes, PrivateTmp=yes)</source>
        <translation>%1 작성 완료(ProtectSystem=strict, ProtectHome=yes, NoNewPrivileges=yes, PrivateTmp=yes)</translation>
    </message>
    <message>
        <source>looking for systemd on the host</source>
        <translation>호스트에서 systemd를 찾는 중</translation>
    </message>
    <message>
        <source>systemd runs %1 (enabled, started)</source>
        <translation>systemd가 %1을(를) 실행합니다(활성화됨, 시작됨)</translation>
    </message>
    <message>
        <source>no systemd runs on the host (no /run/systemd/system)</source>
        <translation>호스트에서 systemd가 실행되고 있지 않습니다(/run/systemd/system 없음)</translation>
    </message>
    <message>
        <source>systemd was not to be used (--no-systemd)</source>
        <translation>systemd를 사용하지 않도록 지정되었습니다(--no-systemd)</translation>
    </message>
    <message>
        <source>%1: plain start instead of systemd: %2 runs in the background (nohup), log %3, pid file %4. It does not restart after a reboot: install again where systemd runs, or start it yourself.</source>
        <translation>%1: systemd 대신 직접 시작: %2이(가) 백그라운드(nohup)에서 실행됩니다. 로그 %3, pid 파일 %4. 재부팅 후에는 다시 시작되지 않으므로 systemd가 실행되는 곳에 다시 설치하거나 직접 시작하십시오.</translation>
    </message>
    <message>
        <source>agent %1 (%2) enrolled and is accepted</source>
        <translation>에이전트 %1(%2)이(가) 등록되어 수락되었습니다</translation>
    </message>
    <message>
        <source>the agent did not enrol within %1 s. Is the console running, and can the host reach %2? The agent&apos;s log on the host: %3 (or journalctl -u %4).</source>
        <translation>에이전트가 %1초 안에 등록하지 않았습니다. 콘솔이 실행 중이고 호스트에서 %2에 접근할 수 있습니까? 호스트의 에이전트 로그: %3(또는 journalctl -u %4).</translation>
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
    <name>mirrorstage::secrets::CredentialCatalog</name>
    <message>
        <source>SSH password for %1</source>
        <translation>%1의 SSH 비밀번호</translation>
    </message>
    <message>
        <source>Passphrase of the SSH key for %1</source>
        <translation>%1의 SSH 키 암호</translation>
    </message>
    <message>
        <source>SSH secret for %1</source>
        <translation>%1의 SSH 비밀 정보</translation>
    </message>
    <message>
        <source>Google sign-in: %1</source>
        <translation>Google 로그인: %1</translation>
    </message>
    <message>
        <source>Recorded by the console</source>
        <translation>콘솔이 기록함</translation>
    </message>
    <message>
        <source>The console&apos;s signing key: agents pinned it at enrollment and run only what it signs</source>
        <translation>콘솔의 서명 키: 에이전트가 등록할 때 고정했으며 이 키로 서명된 것만 실행합니다</translation>
    </message>
    <message>
        <source>%1 API key (remediation proposals)</source>
        <translation>%1 API 키(조치 제안)</translation>
    </message>
    <message>
        <source>Google sign-in: the OAuth client secret</source>
        <translation>Google 로그인: OAuth 클라이언트 보안 비밀번호</translation>
    </message>
    <message>
        <source>Google sign-in: the refresh token</source>
        <translation>Google 로그인: 갱신 토큰</translation>
    </message>
    <message>
        <source>Google sign-in: the current access token</source>
        <translation>Google 로그인: 현재 액세스 토큰</translation>
    </message>
    <message>
        <source>Google sign-in: the saved session (account and tokens)</source>
        <translation>Google 로그인: 저장된 세션(계정과 토큰)</translation>
    </message>
    <message>
        <source>Passphrase of the TLS private key (hub/tls_key)</source>
        <translation>TLS 개인 키 암호(hub/tls_key)</translation>
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
