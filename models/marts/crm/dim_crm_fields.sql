{#-
    One row per CRM record the project writes back to (docs/crm-write-back.md): the fields a
    reverse-ETL sync (Hightouch, Census) maps onto the record named by crm_object and
    crm_record_id. People are the surviving persons of dim_leads (a merged-away or deleted record
    gets nothing: the merge writes to the survivor only); accounts are dim_accounts' (a
    subsidiary rolled up into its parent gets nothing). The fields are the current ones, as of
    score_as_of.
-#}
with leads as (

    select * from {{ ref('dim_leads') }}

),

accounts as (

    select * from {{ ref('dim_accounts') }}

),

people as (

    select
        cast({{ crm_record_object('person', 'lead_id') }} as {{ dbt.type_string() }}) as crm_object,
        lead_id as crm_record_id,
        'person' as record_kind,
        score_as_of,
        total_score,
        grade,
        is_mql,
        latest_mql_at as mql_at,
        model_version,
        why,
        cast(null as {{ dbt.type_string() }}) as tier,
        cast(null as boolean) as is_mqa,
        cast(null as decimal(18, 2)) as buying_group_coverage
    from leads

),

account_records as (

    select
        cast({{ crm_record_object('account', 'account_id') }} as {{ dbt.type_string() }}) as crm_object,
        accounts.account_id as crm_record_id,
        'account' as record_kind,
        clock.score_as_of,
        cast(null as decimal(18, 2)) as total_score,
        cast(null as {{ dbt.type_string() }}) as grade,
        cast(null as boolean) as is_mql,
        cast(null as {{ dbt.type_timestamp() }}) as mql_at,
        cast(null as {{ dbt.type_string() }}) as model_version,
        cast(null as {{ dbt.type_string() }}) as why,
        accounts.tier,
        accounts.is_mqa,
        accounts.coverage as buying_group_coverage
    from accounts
    cross join {{ ref('int_scoring_clock') }} as clock

),

final as (

    select * from people
    union all
    select * from account_records

)

select {{ contract_columns() }}
from final
