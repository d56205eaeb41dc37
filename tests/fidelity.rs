//! Decoding never loses or invents data, in the cases users met: a union takes the alternative
//! its value fits (workflow triggers, access items), `null` in a required member reads as
//! absent, and members the spec does not declare survive decode → encode.

use sailpoint_beta::models::{
    Identity, ListIdentityAccessItems200ResponseInner as AccessItem, Workflow, WorkflowTrigger,
    WorkflowTriggerAttributes, WorkflowTriggerType,
};
use serde_json::{Value, json};

/// Decodes `input` as `T` from its text, as the client decodes a response, and encodes it again.
fn round_trip<T: serde::de::DeserializeOwned + serde::Serialize>(input: &Value) -> (T, Value) {
    let decoded: T = serde_json::from_str(&input.to_string())
        .unwrap_or_else(|e| panic!("{input} does not decode: {e}"));
    let encoded = serde_json::to_value(&decoded).unwrap();
    (decoded, encoded)
}

/// `value` without its null members: a required nullable member is sent as `null` when absent.
fn without_nulls(value: Value) -> Value {
    match value {
        Value::Object(members) => Value::Object(
            members
                .into_iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (k, without_nulls(v)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.into_iter().map(without_nulls).collect()),
        other => other,
    }
}

#[test]
fn event_triggers_keep_every_key() {
    let input = json!({
        "type": "EVENT",
        "attributes": {"id": "idn:identity-attributes-changed", "filter.$": "$.changes[?(@.attribute == 'manager')]"}
    });
    let (trigger, encoded) = round_trip::<WorkflowTrigger>(&input);
    assert_eq!(trigger.r#type, Some(WorkflowTriggerType::Event));
    let Some(WorkflowTriggerAttributes::EventAttributes(attributes)) = &trigger.attributes else {
        panic!(
            "an EVENT trigger's attributes read as {:?}",
            trigger.attributes
        )
    };
    assert_eq!(
        attributes.id.as_deref(),
        Some("idn:identity-attributes-changed")
    );
    assert_eq!(encoded, input);
}

#[test]
fn external_triggers_keep_every_key() {
    let input = json!({
        "type": "EXTERNAL",
        "attributes": {"name": "search-and-notify", "description": "Run a search", "clientId": "87e239b2", "url": "https://example.com/hook"}
    });
    let (trigger, encoded) = round_trip::<WorkflowTrigger>(&input);
    assert!(
        matches!(
            trigger.attributes,
            Some(WorkflowTriggerAttributes::ExternalAttributes(_))
        ),
        "{:?}",
        trigger.attributes
    );
    assert_eq!(encoded, input);
}

#[test]
fn scheduled_triggers_keep_every_key() {
    let input = json!({
        "type": "SCHEDULED",
        "attributes": {"frequency": "weekly", "timeZone": "America/Chicago", "weeklyDays": ["MON", "WED"], "weeklyTimes": ["15:00"]}
    });
    let (trigger, encoded) = round_trip::<WorkflowTrigger>(&input);
    assert!(
        matches!(
            trigger.attributes,
            Some(WorkflowTriggerAttributes::ScheduledAttributes(_))
        ),
        "{:?}",
        trigger.attributes
    );
    assert_eq!(encoded, input);
}

#[test]
fn a_trigger_with_a_member_the_spec_does_not_list_keeps_its_type_and_the_member() {
    // The spec forbids undeclared members here, but SailPoint adds them before the spec does.
    let input =
        json!({"type": "EVENT", "attributes": {"id": "idn:identity-created", "newOption": true}});
    let (trigger, encoded) = round_trip::<WorkflowTrigger>(&input);
    let Some(WorkflowTriggerAttributes::EventAttributes(attributes)) = &trigger.attributes else {
        panic!("read as {:?}", trigger.attributes)
    };
    assert_eq!(
        attributes.additional_properties.get("newOption"),
        Some(&json!(true))
    );
    assert_eq!(encoded, input);
}

#[test]
fn workflow_library_items_are_named_by_their_type() {
    use sailpoint_beta::models::ListCompleteWorkflowLibrary200ResponseInner as Item;
    // An operator's members are a subset of an action's: only `type` tells them apart.
    let operator = json!({"id": "sp:compare-strings", "name": "Compare Strings", "type": "OPERATOR", "description": "d"});
    let (item, encoded) = round_trip::<Item>(&operator);
    assert!(matches!(item, Item::WorkflowLibraryOperator(_)), "{item:?}");
    assert_eq!(encoded, operator);
    let action =
        json!({"id": "sp:send-email", "name": "Send Email", "type": "ACTION", "description": "d"});
    assert!(matches!(
        round_trip::<Item>(&action).0,
        Item::WorkflowLibraryAction(_)
    ));
}

#[test]
fn a_date_format_reads_a_named_construct_or_a_pattern() {
    use sailpoint_beta::models::{DateFormatInputFormat, NamedConstructs};
    let (named, _) = round_trip::<DateFormatInputFormat>(&json!("ISO8601"));
    assert!(
        matches!(
            named,
            DateFormatInputFormat::NamedConstructs(NamedConstructs::Iso8601)
        ),
        "{named:?}"
    );
    let (pattern, encoded) = round_trip::<DateFormatInputFormat>(&json!("yyyy-MM-dd"));
    assert!(
        matches!(pattern, DateFormatInputFormat::SimpleDateFormat(_)),
        "{pattern:?}"
    );
    assert_eq!(encoded, json!("yyyy-MM-dd"));
}

#[test]
fn attributes_that_fit_no_trigger_are_kept_whole() {
    // No alternative declares any of these members.
    let input = json!({"type": "SCHEDULED", "attributes": {"every": "hour", "minute": 5}});
    let (trigger, encoded) = round_trip::<WorkflowTrigger>(&input);
    assert!(
        matches!(
            trigger.attributes,
            Some(WorkflowTriggerAttributes::Other(_))
        ),
        "{:?}",
        trigger.attributes
    );
    assert_eq!(encoded, input);
}

#[test]
fn a_workflow_survives_get_then_put() {
    let input = json!({
        "id": "d201c5e9",
        "name": "Send Email",
        "enabled": false,
        "trigger": {"type": "EVENT", "attributes": {"id": "idn:identity-created", "filter.$": "$.identity"}},
        "definition": {"start": "Send Email Test", "steps": {"Send Email Test": {"actionId": "sp:send-email", "type": "action"}}},
        "futureMember": {"nested": [1, {"deep": true}]}
    });
    let (workflow, encoded) = round_trip::<Workflow>(&input);
    assert_eq!(
        workflow.additional_properties.get("futureMember"),
        input.get("futureMember")
    );
    let attributes = workflow.trigger.and_then(|t| t.attributes);
    assert!(
        matches!(
            attributes,
            Some(WorkflowTriggerAttributes::EventAttributes(_))
        ),
        "{attributes:?}"
    );
    assert_eq!(encoded, input);
}

#[test]
fn access_items_of_every_type_read_as_their_own_type() {
    let items = [
        (
            json!({"id": "2c9180", "accessType": "entitlement", "displayName": "Admin", "sourceName": "AD", "attribute": "groups",
                   "value": "admins", "type": "ENTITLEMENT", "description": "d", "sourceId": "s",
                   "standalone": false, "privileged": true, "cloudGoverned": false}),
            "AccessItemEntitlementResponse",
        ),
        (
            json!({"id": "2c9181", "accessType": "accessProfile", "displayName": "Profile", "sourceName": "AD", "description": "d",
                   "sourceId": "s", "appRefs": [], "entitlementCount": 3, "standalone": false, "revocable": true,
                   "removeDate": "2024-07-01T06:00:00.00Z"}),
            "AccessItemAccessProfileResponse",
        ),
        (
            json!({"id": "2c9182", "accessType": "role", "displayName": "Role", "sourceName": "AD", "description": "d",
                   "revocable": true, "removeDate": "2024-07-01T06:00:00.00Z"}),
            "AccessItemRoleResponse",
        ),
        (
            json!({"id": "2c9183", "accessType": "account", "displayName": "Account", "sourceName": "AD", "nativeIdentity": "dr.arden",
                   "sourceId": "s"}),
            "AccessItemAccountResponse",
        ),
        (
            json!({"id": "2c9184", "accessType": "app", "displayName": "App", "sourceName": "AD", "appRoleId": "r"}),
            "AccessItemAppResponse",
        ),
    ];
    for (input, expected) in items {
        let (item, encoded) = round_trip::<AccessItem>(&input);
        let variant = match item {
            AccessItem::AccessItemEntitlementResponse(_) => "AccessItemEntitlementResponse",
            AccessItem::AccessItemAccessProfileResponse(_) => "AccessItemAccessProfileResponse",
            AccessItem::AccessItemRoleResponse(_) => "AccessItemRoleResponse",
            AccessItem::AccessItemAccountResponse(_) => "AccessItemAccountResponse",
            AccessItem::AccessItemAppResponse(_) => "AccessItemAppResponse",
            AccessItem::Other(_) => "Other",
        };
        assert_eq!(variant, expected, "{input}");
        assert_eq!(without_nulls(encoded), input);
    }
}

#[test]
fn nulls_in_an_identity_read_as_absent() {
    let input = json!({"id": "x", "name": null, "attributes": null, "isManager": null, "managerRef": null, "lifecycleState": null});
    let identity: Identity = serde_json::from_value(input).expect("nulls do not fail an identity");
    assert_eq!(identity.id.as_deref(), Some("x"));
    assert_eq!(identity.name, "");
    assert_eq!(
        (
            identity.attributes,
            identity.is_manager,
            identity.manager_ref
        ),
        (None, None, None)
    );
    // A page of them is not failed by one such identity either.
    let page = json!([{"id": "a", "name": "Alice"}, {"id": "b", "name": null}]);
    let page: Vec<Identity> =
        serde_json::from_value(page).expect("one null does not fail the page");
    assert_eq!(page.len(), 2);
}

#[test]
fn undeclared_nested_members_survive_decode_then_encode() {
    let input = json!({
        "id": "x",
        "name": "Alice",
        "managerRef": {"type": "IDENTITY", "id": "m", "name": "Manager", "department": {"code": 42}},
        "unknownTop": [true]
    });
    let (identity, encoded) = round_trip::<Identity>(&input);
    assert_eq!(
        identity
            .manager_ref
            .unwrap()
            .additional_properties
            .get("department"),
        Some(&json!({"code": 42}))
    );
    assert_eq!(encoded, input);
}

#[test]
fn a_discriminator_names_the_alternative() {
    use golden_shapes::models::Vehicle;
    // Car and Bike declare the same members: only `kind` tells them apart.
    let bike: Vehicle = serde_json::from_value(json!({"kind": "Bike", "wheels": 2})).unwrap();
    assert!(matches!(bike, Vehicle::Bike(_)), "{bike:?}");
    let car: Vehicle = serde_json::from_value(json!({"kind": "car", "wheels": 4})).unwrap();
    assert!(matches!(car, Vehicle::Car(_)), "{car:?}");
}
