#!/usr/bin/env python3
"""A year of one person's use of FirstStep, as an export document (format firststep-export,
version 1) on standard output, for bench/seed-year.sh to import through the API, which
seals every field as real use does. Dated across the past year, newest today: 8 people,
an ask a week with its outcome, a check-in a day, a journal entry twice a week, PHQ-9 and
GAD-7 once a month, a thought record twice a month, a give-and-take entry a week and a
safety plan. Deterministic for a given seed.

    bench/year.py <seed>
"""
import datetime
import json
import random
import sys
import uuid

rng = random.Random(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
now = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)
today = now.date()


def new_id():
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def instant(days_ago, hours=0):
    return (now - datetime.timedelta(days=days_ago, hours=hours)).isoformat().replace("+00:00", "Z")


def day(days_ago):
    return (today - datetime.timedelta(days=days_ago)).isoformat()


people = [{"id": new_id(), "type": "person", "name": f"Person {p}", "relation": "friend",
           "channels": [{"kind": "sms", "value": f"+34 600 000 00{p}"}], "goodFor": ["listening", "practical"],
           "safety": p % 5 + 1, "notes": "Met at school, kind and calm.", "createdAt": instant(365)}
          for p in range(1, 9)]

asks = []
for week in range(1, 53):
    created = 7 * (52 - week) + 3
    asks.append({"id": new_id(), "personId": people[week % 8]["id"], "need": "listening",
                 "size": ["tiny", "small", "medium", "big"][week % 4],
                 "message": "Could you call me on Friday for ten minutes? No worries if not.", "channel": "sms",
                 "predictedYes": (week * 7) % 100, "dread": week % 11, "sendBy": None,
                 "accountabilityPersonId": None, "backupPersonId": None, "status": "answered",
                 "outcome": ["yes", "yes", "partly", "no", "noReply"][week % 5], "feelingAfter": week % 11,
                 "note": "Went better than I feared.", "sentAt": instant(created, -1),
                 "answeredAt": instant(created - 1), "createdAt": instant(created)})

signs = ["declinedHelp", "leftMessagesUnanswered", "cancelledAppointment", "saidImFine", "isolated",
         "unhealthyCoping"]
notes = ["Slept badly, work was long, walked home the slow way.", "Good chat with my sister at lunch.",
         "Stayed in all day and did not answer the phone.", "Tired but I went to the gym.", None]
checkins = [{"id": new_id(), "date": day(d), "mood": rng.randint(2, 9), "energy": rng.randint(1, 9),
             "sleepHours": rng.choice([5.0, 6.5, 7.0, 7.5, 8.0, 9.0]),
             "signs": rng.sample(signs, rng.choice([0, 0, 0, 1, 2])), "note": rng.choice(notes),
             "updatedAt": instant(d, -20)} for d in range(0, 365)]

paragraph = ("Today was one of those days where everything felt heavier than it should. I kept thinking "
             "about the message I did not send, and whether they would mind. In the evening I made tea, "
             "wrote this, and felt a little lighter. Tomorrow I will try one small thing. ")
journal = [{"id": new_id(), "text": paragraph * rng.randint(1, 3), "mood": rng.randint(2, 9),
            "createdAt": instant(d, 2), "updatedAt": instant(d, 2)} for w in range(52) for d in (7 * w + 1, 7 * w + 4)]

assessments = []
for month in range(12):
    for instrument, items in (("PHQ9", 9), ("GAD7", 7)):
        assessments.append({"id": new_id(), "instrument": instrument,
                            "answers": [rng.randint(0, 2) for _ in range(items)], "difficulty": rng.randint(0, 2),
                            "takenAt": instant(30 * month + 2)})

thoughts = [{"id": new_id(), "situation": "A friend did not answer my message for two days.",
             "automaticThought": "They are tired of me.", "beliefBefore": 70,
             "emotions": [{"name": "sad", "strength": 60}, {"name": "anxious", "strength": 40}],
             "traps": ["catastrophising"], "friendView": "They might just be busy this week.",
             "evidenceFor": "They took long to answer before.", "evidenceAgainst": "They called me last week.",
             "balancedThought": "A slow answer says more about their week than about me.", "beliefAfter": 35,
             "askId": None, "createdAt": instant(15 * n + 5), "updatedAt": instant(15 * n + 5)} for n in range(24)]

exchanges = [{"id": new_id(), "direction": ["given", "received"][w % 2], "personId": people[w % 8]["id"],
              "what": "Helped with the shopping" if w % 2 == 0 else "Listened when I needed it",
              "date": day(7 * w + 1), "createdAt": instant(7 * w + 1)} for w in range(52)]

plan = [{"step": step, "text": text, "personId": None} for step, text in (
    ("warningSigns", "I stop answering messages"), ("warningSigns", "I sleep late and skip meals"),
    ("copingStrategies", "A walk around the block"), ("distractions", "Music, a film with my brother"),
    ("professionals", "My GP, the health centre"), ("safeEnvironment", "Leave the tablets with my sister"),
    ("reasonsForLiving", "My nephew, the sea in summer"))]
plan.append({"step": "peopleToAsk", "text": None, "personId": people[4]["id"]})

json.dump({"format": "firststep-export", "version": 1, "exportedAt": instant(0),
           "data": {"people": people, "asks": asks, "checkins": checkins, "journal": journal,
                    "assessments": assessments, "thoughtRecords": thoughts, "exchanges": exchanges,
                    "safetyPlan": plan}}, sys.stdout)
