{#-
    The calendar seeds (seeds/calendars) checked before any business time is measured with them:
    one row per problem, naming the seed, the row and the column. When there is any, the build
    stops here with every problem listed (as int_scoring_rule_problems does for the scoring
    seeds), and int_business_time_positions, which reads the calendars, is skipped. Checked:
    weekday 1-7; opens_at and closes_at HH:MM (closes_at up to 24:00), opens before closes; two
    windows of a calendar's weekday do not overlap; owner_calendars and business_holidays name
    calendars that business_calendars has; var default_business_calendar is one of them.
-#}
{%- set checks -%}
with calendars as (

    select
        *,
        {{ minutes_of_day('opens_at') }} as opens_minute,
        {{ minutes_of_day('closes_at') }} as closes_minute
    from {{ ref('business_calendars') }}

),

calendar_ids as (

    select distinct calendar_id from calendars

),

problems as (

    select
        'business_calendars' as seed,
        calendar_id || ' / ' || cast(weekday as {{ dbt.type_string() }}) as seed_row,
        'weekday' as seed_column,
        'is ' || coalesce(cast(weekday as {{ dbt.type_string() }}), 'empty')
        || '; it must be an ISO weekday, 1 (Monday) to 7 (Sunday)' as problem
    from calendars
    where weekday is null or weekday < 1 or weekday > 7

    {% for column in ['opens_at', 'closes_at'] %}
    union all
    select
        'business_calendars',
        calendar_id || ' / ' || cast(weekday as {{ dbt.type_string() }}),
        '{{ column }}',
        'is ''' || coalesce({{ column }}, '') || '''; it must be a local time HH:MM, 00:00 to '
        || '{{ "23:59" if column == "opens_at" else "24:00" }}'
    from calendars
    where {{ column.replace('_at', '_minute') }} is null
        or {{ column.replace('_at', '_minute') }} > {{ 1439 if column == 'opens_at' else 1440 }}
    {% endfor %}

    union all
    select
        'business_calendars',
        calendar_id || ' / ' || cast(weekday as {{ dbt.type_string() }}),
        'opens_at, closes_at',
        'the window ' || opens_at || '-' || closes_at || ' does not open before it closes'
    from calendars
    where opens_minute >= closes_minute

    union all
    select
        'business_calendars',
        earlier.calendar_id || ' / ' || cast(earlier.weekday as {{ dbt.type_string() }}),
        'opens_at, closes_at',
        'the windows ' || earlier.opens_at || '-' || earlier.closes_at || ' and ' || later.opens_at
        || '-' || later.closes_at || ' overlap; a weekday''s windows must not'
    from calendars as earlier
    inner join calendars as later
        on earlier.calendar_id = later.calendar_id
            and earlier.weekday = later.weekday
            and earlier.opens_minute < later.opens_minute
            and later.opens_minute < earlier.closes_minute

    {% for seed in ['owner_calendars', 'business_holidays'] %}
    union all
    select
        '{{ seed }}',
        {{ 'named.owner_id' if seed == 'owner_calendars'
            else "named.calendar_id || ' / ' || cast(named.holiday_date as " ~ dbt.type_string() ~ ")" }},
        'calendar_id',
        'is ''' || coalesce(named.calendar_id, '') || '''; it must be a calendar_id of business_calendars'
    from {{ ref(seed) }} as named
    left join calendar_ids
        on named.calendar_id = calendar_ids.calendar_id
    where calendar_ids.calendar_id is null
    {% endfor %}

    {% if var('default_business_calendar', none) is not none %}
    union all
    select
        'dbt_project.yml',
        'vars',
        'default_business_calendar',
        'is ''{{ var("default_business_calendar") }}''; it must be a calendar_id of business_calendars, or null'
    from (select count(*) as found from calendar_ids where calendar_id = '{{ var("default_business_calendar") }}') as named
    where found = 0
    {% endif %}

)

select
    cast(seed as {{ dbt.type_string() }}) as seed,
    cast(seed_row as {{ dbt.type_string() }}) as seed_row,
    cast(seed_column as {{ dbt.type_string() }}) as seed_column,
    cast(problem as {{ dbt.type_string() }}) as problem
from problems
{%- endset -%}

{{ stop_on_seed_problems(checks) }}

{{ checks }}
