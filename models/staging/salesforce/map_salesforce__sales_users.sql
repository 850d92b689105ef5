{#-
    Salesforce users and whether they count as sales: their department, title or role name
    contains one of var salesforce_sales_user_keywords (lower-case). Tasks and events of other
    users (marketing, support, integrations) are not sales touches or meetings.
-#}
with users as (

    select * from {{ ref('src_salesforce__user') }}

),

roles as (

    select * from {{ ref('src_salesforce__user_role') }}

),

described as (

    select
        users.id as user_id,
        lower(
            coalesce(users.department, '') || ' ' || coalesce(users.title, '') || ' ' || coalesce(roles.name, '')
        ) as described_as
    from users
    left join roles
        on users.user_role_id = roles.id

),

final as (

    select
        cast(user_id as {{ dbt.type_string() }}) as user_id,
        (
            {%- for keyword in var('salesforce_sales_user_keywords') %}
                {{ dbt.position("'" ~ keyword | lower ~ "'", 'described_as') }} > 0
                {%- if not loop.last %} or{% endif %}
            {%- endfor %}
        ) as is_sales_user
    from described

)

select * from final
