{#-
    When each active scoring-model version is in effect: from its effective_from (00:00 UTC) to
    the next active version's. The earliest active version also covers everything before its
    own effective_from. Drafts are never in effect. The seeds are checked first
    (int_scoring_rule_problems): with a problem, this and everything it feeds is skipped.
-#}
{#- Not read, only waited for: the seed checks run first, so a problem stops what this feeds. -#}
{%- do ref('int_scoring_rule_problems') %}
with versions as (

    select
        *,
        cast(effective_from as {{ dbt.type_timestamp() }}) as effective_from_at
    from {{ ref('scoring_models') }}
    where status = 'active'

),

ordered as (

    select
        *,
        row_number() over (order by effective_from_at, model_version) as version_order,
        lead(effective_from_at) over (order by effective_from_at, model_version) as next_effective_from_at
    from versions

),

final as (

    select
        model_version,
        case
            when version_order = 1 then cast('1900-01-01' as {{ dbt.type_timestamp() }})
            else effective_from_at
        end as in_effect_from,
        coalesce(next_effective_from_at, cast('9999-12-31' as {{ dbt.type_timestamp() }})) as in_effect_until
    from ordered

)

select * from final
