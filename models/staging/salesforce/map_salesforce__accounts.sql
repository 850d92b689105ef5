{#-
    Salesforce accounts in the raw contract's accounts shape (text columns). The website is the
    domain; the target-account flag is the custom field named by var
    salesforce_target_account_field (null when the org has none). Deleted accounts are left out.
-#}
{%- set target_field = var('salesforce_target_account_field') %}
with accounts as (

    select * from {{ ref('src_salesforce__account') }}

),

final as (

    select
        id as account_id,
        name as account_name,
        website as domain,
        industry,
        number_of_employees as employee_count,
        annual_revenue,
        coalesce(billing_country_code, billing_country) as country,
        cast(null as {{ dbt.type_string() }}) as technologies,
        {{ target_field }} as is_target_account,
        parent_id as parent_account_id,
        owner_id,
        created_date as created_at,
        last_modified_date as updated_at
    from accounts
    where not coalesce({{ parse_boolean('is_deleted') }}, false)

)

select {{ raw_contract_as_text('accounts') }}
from final
