"""Reads an iCalendar feed from stdin with python3-icalendar, a parser independent of
ical4j, and prints its events as JSON: uid, start (UTC), summary, url, and each alarm's
action and trigger."""
import json
import sys
from datetime import timezone

import icalendar

calendar = icalendar.Calendar.from_ical(sys.stdin.read())
events = []
for event in calendar.walk('VEVENT'):
    start = event.decoded('DTSTART').astimezone(timezone.utc)
    end = event.decoded('DTEND').astimezone(timezone.utc)
    alarms = event.walk('VALARM')
    events.append({
        'uid': str(event['UID']),
        'start': start.strftime('%Y-%m-%dT%H:%M:%SZ'),
        'minutes': int((end - start).total_seconds() // 60),
        'summary': str(event['SUMMARY']),
        'url': str(event.get('URL')),
        'alarms': [str(alarm['ACTION']) for alarm in alarms],
        'triggers': [int(alarm.decoded('TRIGGER').total_seconds()) for alarm in alarms],
    })
print(json.dumps({'version': str(calendar['VERSION']), 'events': events}))
