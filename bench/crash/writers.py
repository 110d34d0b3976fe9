"""The client side of bench/crash.sh: writers that create journal entries through the API,
each with its own Idempotency-Key, and the check after the restart. Standard library only.

    writers.py write BASE TOKEN WRITERS OUT STOP   write until the file STOP exists or the app dies;
                                                   OUT/acked says how many were acknowledged so far
    writers.py check BASE TOKEN OUT                 one line of figures for this trial

`write` records, per request, its key and text, and whether an answer (201 with an id)
came back: that is what "acknowledged" means. `check` runs after the app was killed with
kill -9 and started again: every acknowledged entry must be there, with its text; then
every unacknowledged request is sent again with its key and body, as a client would, and
the journal is counted: each text must be there exactly once.
"""

import json
import os
import sys
import threading
import urllib.error
import urllib.request


def post(base, token, key, text):
    request = urllib.request.Request(
        base + "/api/v1/journal",
        data=json.dumps({"text": text}).encode(),
        method="POST",
        headers={"Authorization": "Bearer " + token, "Content-Type": "application/json", "Idempotency-Key": key},
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        return response.status, json.loads(response.read() or b"{}"), response.headers.get("Idempotent-Replayed")


def get(base, token, path):
    request = urllib.request.Request(base + path, headers={"Authorization": "Bearer " + token})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, None


def write(base, token, writers, out, stop):
    acked = [0]
    lock = threading.Lock()

    def writer(number):
        records = []
        count = 0
        while not os.path.exists(stop):
            count += 1
            key = "crash-%d-%d-%s" % (number, count, os.urandom(8).hex())
            text = "crash write %d.%d %s" % (number, count, os.urandom(4).hex())
            record = {"key": key, "text": text, "acked": False}
            records.append(record)
            try:
                status, body, _ = post(base, token, key, text)
                if status == 201 and body.get("id"):
                    record["acked"] = True
                    record["id"] = body["id"]
                    with lock:
                        acked[0] += 1
                else:
                    record["status"] = status
            except urllib.error.HTTPError as error:
                record["status"] = error.code
            except Exception:  # the connection broke: the app was killed, this writer is done
                break
        with open(os.path.join(out, "writer-%d.json" % number), "w") as file:
            json.dump(records, file)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(1, writers + 1)]
    for thread in threads:
        thread.start()
    # How many were acknowledged so far, for crash.sh to kill once the load is steady.
    while any(thread.is_alive() for thread in threads):
        with open(os.path.join(out, "acked.tmp"), "w") as file:
            file.write(str(acked[0]))
        os.replace(os.path.join(out, "acked.tmp"), os.path.join(out, "acked"))
        threads[0].join(0.1)
    for thread in threads:
        thread.join()


def journal(base, token):
    texts = {}
    cursor = None
    while True:
        status, page = get(base, token, "/api/v1/journal?limit=200" + ("&cursor=" + cursor if cursor else ""))
        if status != 200:
            raise SystemExit("could not list the journal: %s" % status)
        for item in page["items"]:
            texts[item["text"]] = texts.get(item["text"], 0) + 1
        cursor = page.get("next")
        if not cursor:
            return texts


def check(base, token, out):
    records = []
    for name in sorted(os.listdir(out)):
        if name.startswith("writer-"):
            with open(os.path.join(out, name)) as file:
                records.extend(json.load(file))
    acked = [r for r in records if r["acked"]]
    unacked = [r for r in records if not r["acked"]]
    lost = 0
    for record in acked:
        status, entry = get(base, token, "/api/v1/journal/" + record["id"])
        if status != 200 or entry["text"] != record["text"]:
            lost += 1
    before = journal(base, token)
    saved_unanswered = sum(1 for r in unacked if before.get(r["text"], 0) > 0)
    replayed = 0
    failed_retries = 0
    for record in unacked:
        try:
            status, _, replay = post(base, token, record["key"], record["text"])
            replayed += 1 if replay == "true" else 0
            failed_retries += 0 if status == 201 else 1
        except urllib.error.HTTPError:
            failed_retries += 1
    after = journal(base, token)
    duplicates = sum(after.get(r["text"], 0) - 1 for r in records if after.get(r["text"], 0) > 1)
    missing = sum(1 for r in records if after.get(r["text"], 0) == 0)
    print(json.dumps({"sent": len(records), "acked": len(acked), "lost": lost, "unacked": len(unacked),
                      "savedUnanswered": saved_unanswered, "replayed": replayed, "failedRetries": failed_retries,
                      "duplicates": duplicates, "missingAfterRetry": missing}))


if __name__ == "__main__":
    if sys.argv[1] == "write":
        write(sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5], sys.argv[6])
    else:
        check(sys.argv[2], sys.argv[3], sys.argv[4])
