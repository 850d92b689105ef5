{#-
    One row per production MQL event: its first human touch in the window (definitions: Handoff)
    and how long it took on both clocks (definitions: Business hours). The wall clock counts every
    second from mql_at; the business clock only the working time of the calendar of the lead's
    owner, else of the account's owner, else none: 24x7 UTC, the wall clock. A position on a
    business clock is its working seconds before the instant's UTC day plus that day's working
    pieces before the instant (int_business_time_pieces); the business seconds to the first touch
    are the difference of the two positions.
-#}
with windows as (

    select * from {{ ref('int_mql_windows') }}

),

persons as (

    select * from {{ ref('int_persons') }}

),

accounts as (

    select * from {{ ref('stg_raw__accounts') }}

),

owner_clocks as (

    select * from {{ ref('int_owner_clocks') }}

),

pieces as (

    select * from {{ ref('int_business_time_pieces') }}

),

touches as (

    select
        mql_id,
        touched_at,
        rep_id,
        touch_type,
        row_number() over (partition by mql_id order by touched_at, touch_id) as touch_order
    from {{ ref('int_sales_touches_credited') }}
    where mql_id is not null and credit = 'in_window' and not is_automated

),

clocked as (

    select
        windows.mql_id,
        windows.mql_at,
        touches.touched_at as first_touch_at,
        touches.rep_id as first_touch_rep_id,
        touches.touch_type as first_touch_type,
        {{ elapsed('windows.mql_at', 'touches.touched_at') }} as seconds_to_first_touch,
        case
            when lead_clock.calendar_id is not null then 'lead_owner'
            when account_clock.calendar_id is not null then 'account_owner'
            else '24x7_utc'
        end as business_clock,
        coalesce(lead_clock.calendar_id, account_clock.calendar_id) as business_calendar_id,
        case
            when lead_clock.calendar_id is not null then lead_clock.time_zone
            else account_clock.time_zone
        end as business_time_zone
    from windows
    inner join persons
        on windows.person_id = persons.person_id
    left join accounts
        on windows.resolved_account_id = accounts.account_id
    left join owner_clocks as lead_clock
        on persons.owner_id = lead_clock.owner_id
    left join owner_clocks as account_clock
        on accounts.owner_id = account_clock.owner_id
    left join touches
        on windows.mql_id = touches.mql_id
            and touches.touch_order = 1

),

measured as (

    -- the two instants of each touched MQL on a calendar clock
    select
        mql_id,
        business_calendar_id || '@' || business_time_zone as clock_id,
        mql_at as measured_at,
        -1 as sign
    from clocked
    where business_calendar_id is not null and first_touch_at is not null

    union all

    select
        mql_id,
        business_calendar_id || '@' || business_time_zone as clock_id,
        first_touch_at as measured_at,
        1 as sign
    from clocked
    where business_calendar_id is not null and first_touch_at is not null

),

positions as (

    select
        measured.mql_id,
        measured.sign,
        max(pieces.seconds_before_day) + coalesce(sum(
            case
                when pieces.piece_start < measured.measured_at
                    then {{ elapsed('pieces.piece_start', 'least(pieces.piece_end, measured.measured_at)') }}
            end
        ), 0) as position_seconds
    from measured
    inner join pieces
        on measured.clock_id = pieces.clock_id
            and cast(measured.measured_at as date) = pieces.utc_day
    group by measured.mql_id, measured.sign

),

business_seconds as (

    select
        mql_id,
        sum(sign * position_seconds) as business_seconds_to_first_touch
    from positions
    group by mql_id

),

final as (

    select
        clocked.mql_id,
        clocked.first_touch_at,
        clocked.first_touch_rep_id,
        clocked.first_touch_type,
        clocked.seconds_to_first_touch,
        clocked.business_clock,
        clocked.business_calendar_id,
        clocked.business_time_zone,
        case
            when clocked.business_calendar_id is null then clocked.seconds_to_first_touch
            else business_seconds.business_seconds_to_first_touch
        end as business_seconds_to_first_touch
    from clocked
    left join business_seconds
        on clocked.mql_id = business_seconds.mql_id

)

select * from final
