{#-
    One row per sales owner the project meets (the owners table, owner_calendars, the owners of
    leads and accounts) and the clock their business time runs on (definitions: Business hours):
    their calendar (owner_calendars, else var default_business_calendar) read in their time zone
    (owners.time_zone; UTC when the owner has none). An owner without a calendar, or whose time
    zone no engine knows (seed time_zones; rejected_records says unknown_time_zone), works 24x7:
    their business clock is the wall clock.
-#}
with owners as (

    select * from {{ ref('stg_raw__owners') }}

),

owner_calendars as (

    select * from {{ ref('owner_calendars') }}

),

time_zones as (

    select * from {{ ref('time_zones') }}

),

owner_ids as (

    select owner_id from owners
    union
    select owner_id from owner_calendars
    union
    select owner_id from {{ ref('int_persons') }}
    where owner_id is not null
    union
    select owner_id from {{ ref('stg_raw__accounts') }}
    where owner_id is not null

),

joined as (

    select
        owner_ids.owner_id,
        owners.time_zone as owner_time_zone,
        time_zones.time_zone as known_time_zone,
        coalesce(
            owner_calendars.calendar_id,
            {{ "'" ~ var('default_business_calendar') ~ "'" if var('default_business_calendar', none) is not none
                else 'cast(null as ' ~ dbt.type_string() ~ ')' }}
        ) as assigned_calendar_id
    from owner_ids
    left join owners
        on owner_ids.owner_id = owners.owner_id
    left join owner_calendars
        on owner_ids.owner_id = owner_calendars.owner_id
    left join time_zones
        on owners.time_zone = time_zones.time_zone

),

final as (

    select
        owner_id,
        owner_time_zone,
        case
            when assigned_calendar_id is null then 'no_calendar'
            when owner_time_zone is not null and known_time_zone is null then 'unknown_time_zone'
            else 'calendar'
        end as clock_status,
        case
            when owner_time_zone is null or known_time_zone is not null then assigned_calendar_id
        end as calendar_id,
        case
            when assigned_calendar_id is not null and owner_time_zone is null then 'UTC'
            when assigned_calendar_id is not null then known_time_zone
        end as time_zone
    from joined

)

select * from final
