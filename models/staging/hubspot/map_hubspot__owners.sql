{#-
    HubSpot owners in the raw contract's owners shape (text), read by val_raw__owners. The team
    is the owner's primary team (owner_team.is_team_primary, else the first team by name);
    HubSpot's owner object has no manager and no time zone, so both are null. A portal that does
    not sync owners gives no rows.
-#}
with owners as (

    select * from {{ ref('src_hubspot__owner') }}

),

owner_teams as (

    select * from {{ ref('src_hubspot__owner_team') }}

),

teams as (

    select * from {{ ref('src_hubspot__team') }}

),

ranked_teams as (

    select
        owner_teams.owner_id,
        teams.name as team,
        row_number() over (
            partition by owner_teams.owner_id
            order by
                case when {{ parse_boolean('owner_teams.is_team_primary') }} then 0 else 1 end,
                teams.name
        ) as team_rank
    from owner_teams
    inner join teams
        on owner_teams.team_id = teams.id

),

final as (

    select
        owners.owner_id,
        ranked_teams.team,
        cast(null as {{ dbt.type_string() }}) as manager_id,
        cast(null as {{ dbt.type_string() }}) as time_zone
    from owners
    left join ranked_teams
        on owners.owner_id = ranked_teams.owner_id
            and ranked_teams.team_rank = 1

)

select {{ raw_contract_as_text('owners') }}
from final
