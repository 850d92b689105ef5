{#-
    HubSpot owners in teams, and whether they count as sales: one of their teams' names contains
    one of var hubspot_sales_team_keywords (lower-case). Engagements of the other owners
    (marketing, customer success) are not sales touches (map_hubspot__sales_touches). A portal
    without teams (no owner_team rows) has no rows here, and then every owner's engagements
    count, as they did before teams were read.
-#}
with owner_teams as (

    select * from {{ ref('src_hubspot__owner_team') }}

),

teams as (

    select * from {{ ref('src_hubspot__team') }}

),

team_names as (

    select
        owner_teams.owner_id,
        lower(coalesce(teams.name, '')) as team_name
    from owner_teams
    left join teams
        on owner_teams.team_id = teams.id

),

named as (

    select
        owner_id,
        (
            {%- for keyword in var('hubspot_sales_team_keywords') %}
                {{ dbt.position("'" ~ keyword | lower ~ "'", 'team_name') }} > 0
                {%- if not loop.last %} or{% endif %}
            {%- endfor %}
        ) as is_sales_team
    from team_names

),

final as (

    select
        cast(owner_id as {{ dbt.type_string() }}) as owner_id,
        max(case when is_sales_team then 1 else 0 end) = 1 as is_sales_owner
    from named
    group by owner_id

)

select * from final
