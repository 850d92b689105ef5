{#-
    The working time of every business clock (a calendar read in a time zone, int_owner_clocks),
    laid out in UTC (definitions: Business hours): one row per clock, UTC day and piece of working
    time on that day, with the clock's working seconds before the day began. A working window is
    a calendar row's local opens_at-closes_at on a local date of its weekday that is not a
    holiday, turned into UTC in the clock's zone (daylight saving included, local_to_utc), and cut
    at UTC midnight; a day without work has one row without a piece. The days run from two days
    before the first MQL to two days after the latest MQL or sales touch, so every instant a
    handoff measures falls on one: the business seconds between two instants are the difference
    of their positions, each the seconds before its day plus its day's pieces before it.
-#}
{%- do ref('int_business_calendar_problems') %}

with clocks as (

    select distinct
        calendar_id,
        time_zone,
        calendar_id || '@' || time_zone as clock_id
    from {{ ref('int_owner_clocks') }}
    where calendar_id is not null

),

calendars as (

    select
        calendar_id,
        weekday,
        {{ minutes_of_day('opens_at') }} as opens_minute,
        {{ minutes_of_day('closes_at') }} as closes_minute
    from {{ ref('business_calendars') }}

),

holidays as (

    select * from {{ ref('business_holidays') }}

),

instants as (

    select mql_at as at_instant from {{ ref('int_mql_windows') }}
    union all
    select touched_at from {{ ref('int_sales_touches_credited') }}

),

bounds as (

    select
        cast({{ dbt.dateadd('day', -2, 'cast(min(at_instant) as date)') }} as date) as first_day,
        cast({{ dbt.dateadd('day', 2, 'cast(max(at_instant) as date)') }} as date) as last_day
    from instants

),

day_numbers as (

    {{ whole_numbers(4, 'day_number') }}

),

days as (

    select
        cast({{ dbt.dateadd('day', 'day_numbers.day_number', 'bounds.first_day') }} as date) as spine_day
    from day_numbers
    cross join bounds
    where day_numbers.day_number <= {{ dbt.datediff('bounds.first_day', 'bounds.last_day', 'day') }}

),

windows as (

    {%- set local_midnight = 'cast(days.spine_day as ' ~ dbt.type_timestamp() ~ ')' %}
    select
        clocks.clock_id,
        {{ local_to_utc(dbt.dateadd('minute', 'calendars.opens_minute', local_midnight), 'clocks.time_zone') }}
            as window_start,
        {{ local_to_utc(dbt.dateadd('minute', 'calendars.closes_minute', local_midnight), 'clocks.time_zone') }}
            as window_end
    from clocks
    cross join days
    inner join calendars
        on clocks.calendar_id = calendars.calendar_id
            and {{ iso_weekday('days.spine_day') }} = calendars.weekday
    left join holidays
        on clocks.calendar_id = holidays.calendar_id
            and days.spine_day = holidays.holiday_date
    where holidays.calendar_id is null

),

windows_split as (

    select
        clock_id,
        window_start,
        window_end,
        cast({{ dbt.dateadd('day', 1, 'cast(window_start as date)') }} as {{ dbt.type_timestamp() }}) as next_midnight
    from windows

),

pieces as (

    -- the part of a window on the UTC day it opens, then the part after midnight (a window is
    -- at most 24 hours long, so it touches at most two UTC days)
    select
        clock_id,
        cast(window_start as date) as utc_day,
        window_start as piece_start,
        least(window_end, next_midnight) as piece_end
    from windows_split

    union all

    select
        clock_id,
        cast(next_midnight as date) as utc_day,
        next_midnight as piece_start,
        window_end as piece_end
    from windows_split
    where window_end > next_midnight

),

clock_days as (

    select
        clocks.clock_id,
        clocks.calendar_id,
        clocks.time_zone,
        days.spine_day as utc_day
    from clocks
    cross join days

),

day_pieces as (

    select
        clock_days.clock_id,
        clock_days.calendar_id,
        clock_days.time_zone,
        clock_days.utc_day,
        pieces.piece_start,
        pieces.piece_end,
        coalesce({{ elapsed('pieces.piece_start', 'pieces.piece_end') }}, 0) as piece_seconds
    from clock_days
    left join pieces
        on clock_days.clock_id = pieces.clock_id
            and clock_days.utc_day = pieces.utc_day

),

day_totals as (

    select
        clock_id,
        utc_day,
        sum(piece_seconds) as day_seconds
    from day_pieces
    group by clock_id, utc_day

),

days_before as (

    select
        clock_id,
        utc_day,
        coalesce(sum(day_seconds) over (
            partition by clock_id order by utc_day rows between unbounded preceding and 1 preceding
        ), 0) as seconds_before_day
    from day_totals

),

final as (

    select
        day_pieces.clock_id,
        day_pieces.calendar_id,
        day_pieces.time_zone,
        day_pieces.utc_day,
        days_before.seconds_before_day,
        day_pieces.piece_start,
        day_pieces.piece_end
    from day_pieces
    inner join days_before
        on day_pieces.clock_id = days_before.clock_id
            and day_pieces.utc_day = days_before.utc_day

)

select * from final
