{#-
    Salesforce users in the raw contract's owners shape (text), read by val_raw__owners. The team
    is the user's role name, else the department; the manager and the time zone are
    User.ManagerId and User.TimeZoneSidKey (an IANA name). An org that does not sync users gives
    no rows.
-#}
with users as (

    select * from {{ ref('src_salesforce__user') }}

),

roles as (

    select * from {{ ref('src_salesforce__user_role') }}

),

final as (

    select
        users.id as owner_id,
        coalesce({{ clean_text('roles.name') }}, {{ clean_text('users.department') }}) as team,
        users.manager_id,
        users.time_zone_sid_key as time_zone
    from users
    left join roles
        on users.user_role_id = roles.id

)

select {{ raw_contract_as_text('owners') }}
from final
