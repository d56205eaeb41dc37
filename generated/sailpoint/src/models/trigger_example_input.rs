//! `TriggerExampleInput`, from `apis/triggers/schemas/trigger.yaml#/properties/exampleInput`.

use crate::models::{
    Accessrequestdynamicapprover, Accessrequestpostapproval, Accessrequestpreapproval,
    Accountaggregationcompleted, Accountattributeschanged, Accountcorrelated,
    Accountcreated, Accountdeleted, Accountscollectedforaggregation, Accountuncorrelated,
    Accountupdated, Campaignactivated, Campaignended, Campaigngenerated,
    Certificationsignedoff, Identityattributeschanged, Identitycreated, Identitydeleted,
    Machineidentitycreated, Machineidentitydeleted, Machineidentityupdated,
    Provisioningcompleted, Savedsearchcomplete, Sourceaccountcreated,
    Sourceaccountdeleted, Sourceaccountupdated, Sourcecreated, Sourcedeleted,
    Sourceupdated, Vaclusterstatuschangeevent,
};

/// An example of the JSON payload that will be sent by the trigger to the subscribed service.
///
/// A value is read as the alternative the evidence points to, not the first that decodes: an
/// object as a struct alternative whose required members it has, each with a kind of value the
/// member reads, then the one that fits best
/// (declares all its members and lists its enum values; declares the most of them; lacks the
/// fewest; comes first in the spec). A scalar or list goes to an alternative of its kind.
///
/// A value no alternative fits is kept whole in [`TriggerExampleInput::Other`], and sent back as it came.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum TriggerExampleInput {
    Accessrequestdynamicapprover(Accessrequestdynamicapprover),
    Accessrequestpostapproval(Accessrequestpostapproval),
    Accessrequestpreapproval(Accessrequestpreapproval),
    Accountaggregationcompleted(Accountaggregationcompleted),
    Accountattributeschanged(Accountattributeschanged),
    Accountcorrelated(Accountcorrelated),
    Accountscollectedforaggregation(Accountscollectedforaggregation),
    Accountcreated(Accountcreated),
    Accountuncorrelated(Accountuncorrelated),
    Accountdeleted(Accountdeleted),
    Accountupdated(Accountupdated),
    Campaignactivated(Campaignactivated),
    Campaignended(Campaignended),
    Campaigngenerated(Campaigngenerated),
    Certificationsignedoff(Certificationsignedoff),
    Identityattributeschanged(Identityattributeschanged),
    Identitycreated(Identitycreated),
    Identitydeleted(Identitydeleted),
    Machineidentitycreated(Machineidentitycreated),
    Machineidentityupdated(Machineidentityupdated),
    Machineidentitydeleted(Machineidentitydeleted),
    Provisioningcompleted(Provisioningcompleted),
    Savedsearchcomplete(Savedsearchcomplete),
    Sourceaccountcreated(Sourceaccountcreated),
    Sourceaccountdeleted(Sourceaccountdeleted),
    Sourceaccountupdated(Sourceaccountupdated),
    Sourcecreated(Sourcecreated),
    Sourcedeleted(Sourcedeleted),
    Sourceupdated(Sourceupdated),
    Vaclusterstatuschangeevent(Vaclusterstatuschangeevent),
    /// A value none of the alternatives fits, as it came.
    Other(serde_json::Value),
}

/// What each alternative takes, in the variants' order.
const ALTERNATIVES: [crate::union::Alternative; 30] = [
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("accessRequestId", true, crate::union::ANY, &[]),
            crate::union::Member::new("requestedFor", true, crate::union::ARRAY, &[]),
            crate::union::Member::new("requestedItems", true, crate::union::ARRAY, &[]),
            crate::union::Member::new("requestedBy", true, crate::union::OBJECT, &[]),
        ],
        open: false,
        closed: false,
        tag: None,
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("accessRequestId", true, crate::union::ANY, &[]),
            crate::union::Member::new("requestedFor", true, crate::union::ARRAY, &[]),
            crate::union::Member::new(
                "requestedItemsStatus",
                true,
                crate::union::ARRAY,
                &[],
            ),
            crate::union::Member::new("requestedBy", true, crate::union::OBJECT, &[]),
        ],
        open: false,
        closed: false,
        tag: None,
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("accessRequestId", true, crate::union::ANY, &[]),
            crate::union::Member::new("requestedFor", true, crate::union::ARRAY, &[]),
            crate::union::Member::new("requestedItems", true, crate::union::ARRAY, &[]),
            crate::union::Member::new("requestedBy", true, crate::union::OBJECT, &[]),
        ],
        open: false,
        closed: false,
        tag: None,
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("source", true, crate::union::OBJECT, &[]),
            crate::union::Member::new(
                "status",
                true,
                crate::union::STRING,
                &["Success", "Failed", "Terminated"],
            ),
            crate::union::Member::new(
                "started",
                true,
                crate::union::STRING | crate::union::NUMBER,
                &[],
            ),
            crate::union::Member::new(
                "completed",
                true,
                crate::union::STRING | crate::union::NUMBER,
                &[],
            ),
            crate::union::Member::new("errors", true, crate::union::ARRAY, &[]),
            crate::union::Member::new("warnings", true, crate::union::ARRAY, &[]),
            crate::union::Member::new("stats", true, crate::union::OBJECT, &[]),
        ],
        open: false,
        closed: false,
        tag: None,
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("identity", true, crate::union::OBJECT, &[]),
            crate::union::Member::new("source", true, crate::union::OBJECT, &[]),
            crate::union::Member::new("account", true, crate::union::OBJECT, &[]),
            crate::union::Member::new("changes", true, crate::union::ARRAY, &[]),
        ],
        open: false,
        closed: false,
        tag: None,
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("identity", true, crate::union::OBJECT, &[]),
            crate::union::Member::new("source", true, crate::union::OBJECT, &[]),
            crate::union::Member::new("account", true, crate::union::OBJECT, &[]),
            crate::union::Member::new("attributes", true, crate::union::OBJECT, &[]),
            crate::union::Member::new(
                "entitlementCount",
                false,
                crate::union::NUMBER,
                &[],
            ),
        ],
        open: false,
        closed: false,
        tag: None,
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("source", true, crate::union::OBJECT, &[]),
            crate::union::Member::new(
                "status",
                true,
                crate::union::STRING,
                &["Success", "Failed", "Terminated"],
            ),
            crate::union::Member::new(
                "started",
                true,
                crate::union::STRING | crate::union::NUMBER,
                &[],
            ),
            crate::union::Member::new(
                "completed",
                true,
                crate::union::STRING | crate::union::NUMBER,
                &[],
            ),
            crate::union::Member::new("errors", true, crate::union::ARRAY, &[]),
            crate::union::Member::new("warnings", true, crate::union::ARRAY, &[]),
            crate::union::Member::new("stats", true, crate::union::OBJECT, &[]),
        ],
        open: false,
        closed: false,
        tag: None,
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("event", true, crate::union::OBJECT, &[]),
            crate::union::Member::new("source", true, crate::union::OBJECT, &[]),
            crate::union::Member::new("account", true, crate::union::OBJECT, &[]),
            crate::union::Member::new("identity", true, crate::union::OBJECT, &[]),
        ],
        open: false,
        closed: false,
        tag: None,
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("identity", true, crate::union::OBJECT, &[]),
            crate::union::Member::new("source", true, crate::union::OBJECT, &[]),
            crate::union::Member::new("account", true, crate::union::OBJECT, &[]),
            crate::union::Member::new(
                "entitlementCount",
                false,
                crate::union::NUMBER,
                &[],
            ),
        ],
        open: false,
        closed: false,
        tag: None,
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("event", true, crate::union::OBJECT, &[]),
            crate::union::Member::new("source", true, crate::union::OBJECT, &[]),
            crate::union::Member::new("account", true, crate::union::OBJECT, &[]),
            crate::union::Member::new("identity", true, crate::union::OBJECT, &[]),
        ],
        open: false,
        closed: false,
        tag: None,
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("event", true, crate::union::OBJECT, &[]),
            crate::union::Member::new("source", true, crate::union::OBJECT, &[]),
            crate::union::Member::new("account", true, crate::union::OBJECT, &[]),
            crate::union::Member::new("identity", true, crate::union::OBJECT, &[]),
            crate::union::Member::new(
                "accountChangeTypes",
                true,
                crate::union::ARRAY,
                &[],
            ),
            crate::union::Member::new(
                "singleValueAttributeChanges",
                true,
                crate::union::ARRAY,
                &[],
            ),
            crate::union::Member::new(
                "multiValueAttributeChanges",
                true,
                crate::union::ARRAY,
                &[],
            ),
            crate::union::Member::new(
                "entitlementChanges",
                true,
                crate::union::ARRAY,
                &[],
            ),
        ],
        open: false,
        closed: false,
        tag: None,
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("campaign", true, crate::union::OBJECT, &[]),
        ],
        open: false,
        closed: false,
        tag: None,
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("campaign", true, crate::union::OBJECT, &[]),
        ],
        open: false,
        closed: false,
        tag: None,
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("campaign", true, crate::union::OBJECT, &[]),
        ],
        open: false,
        closed: false,
        tag: None,
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("certification", true, crate::union::OBJECT, &[]),
        ],
        open: false,
        closed: false,
        tag: None,
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("identity", true, crate::union::OBJECT, &[]),
            crate::union::Member::new("changes", true, crate::union::ARRAY, &[]),
        ],
        open: false,
        closed: false,
        tag: None,
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("identity", true, crate::union::OBJECT, &[]),
            crate::union::Member::new("attributes", true, crate::union::OBJECT, &[]),
        ],
        open: false,
        closed: false,
        tag: None,
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("identity", true, crate::union::OBJECT, &[]),
            crate::union::Member::new("attributes", true, crate::union::OBJECT, &[]),
        ],
        open: false,
        closed: false,
        tag: None,
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new(
                "eventType",
                true,
                crate::union::STRING,
                &["MACHINE_IDENTITY_CREATED"],
            ),
            crate::union::Member::new("machineIdentity", true, crate::union::OBJECT, &[]),
        ],
        open: false,
        closed: false,
        tag: None,
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new(
                "eventType",
                true,
                crate::union::STRING,
                &["MACHINE_IDENTITY_UPDATED"],
            ),
            crate::union::Member::new(
                "machineIdentity",
                true,
                crate::union::OBJECT,
                &[],
            ),
            crate::union::Member::new(
                "machineIdentityChangeTypes",
                true,
                crate::union::ARRAY,
                &[],
            ),
            crate::union::Member::new(
                "userEntitlementChanges",
                true,
                crate::union::OBJECT,
                &[],
            ),
            crate::union::Member::new("ownerChanges", true, crate::union::OBJECT, &[]),
            crate::union::Member::new(
                "singleValueAttributeChanges",
                true,
                crate::union::ARRAY,
                &[],
            ),
        ],
        open: false,
        closed: false,
        tag: None,
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new(
                "eventType",
                true,
                crate::union::STRING,
                &["MACHINE_IDENTITY_DELETED"],
            ),
            crate::union::Member::new("machineIdentity", true, crate::union::OBJECT, &[]),
        ],
        open: false,
        closed: false,
        tag: None,
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("trackingNumber", true, crate::union::ANY, &[]),
            crate::union::Member::new("sources", true, crate::union::ANY, &[]),
            crate::union::Member::new("action", false, crate::union::ANY, &[]),
            crate::union::Member::new("errors", false, crate::union::ARRAY, &[]),
            crate::union::Member::new("warnings", false, crate::union::ARRAY, &[]),
            crate::union::Member::new("recipient", true, crate::union::OBJECT, &[]),
            crate::union::Member::new("requester", false, crate::union::OBJECT, &[]),
            crate::union::Member::new("accountRequests", true, crate::union::ARRAY, &[]),
        ],
        open: false,
        closed: false,
        tag: None,
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("fileName", true, crate::union::ANY, &[]),
            crate::union::Member::new("ownerEmail", true, crate::union::ANY, &[]),
            crate::union::Member::new("ownerName", true, crate::union::ANY, &[]),
            crate::union::Member::new("query", true, crate::union::ANY, &[]),
            crate::union::Member::new("searchName", true, crate::union::ANY, &[]),
            crate::union::Member::new("searchResults", true, crate::union::OBJECT, &[]),
            crate::union::Member::new("signedS3Url", true, crate::union::ANY, &[]),
        ],
        open: false,
        closed: false,
        tag: None,
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("uuid", false, crate::union::ANY, &[]),
            crate::union::Member::new("id", true, crate::union::ANY, &[]),
            crate::union::Member::new("nativeIdentifier", true, crate::union::ANY, &[]),
            crate::union::Member::new("sourceId", true, crate::union::ANY, &[]),
            crate::union::Member::new("sourceName", true, crate::union::ANY, &[]),
            crate::union::Member::new("identityId", true, crate::union::ANY, &[]),
            crate::union::Member::new("identityName", true, crate::union::ANY, &[]),
            crate::union::Member::new("attributes", true, crate::union::OBJECT, &[]),
        ],
        open: false,
        closed: false,
        tag: None,
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("uuid", false, crate::union::ANY, &[]),
            crate::union::Member::new("id", true, crate::union::ANY, &[]),
            crate::union::Member::new("nativeIdentifier", true, crate::union::ANY, &[]),
            crate::union::Member::new("sourceId", true, crate::union::ANY, &[]),
            crate::union::Member::new("sourceName", true, crate::union::ANY, &[]),
            crate::union::Member::new("identityId", true, crate::union::ANY, &[]),
            crate::union::Member::new("identityName", true, crate::union::ANY, &[]),
            crate::union::Member::new("attributes", true, crate::union::OBJECT, &[]),
        ],
        open: false,
        closed: false,
        tag: None,
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("uuid", false, crate::union::ANY, &[]),
            crate::union::Member::new("id", true, crate::union::ANY, &[]),
            crate::union::Member::new("nativeIdentifier", true, crate::union::ANY, &[]),
            crate::union::Member::new("sourceId", true, crate::union::ANY, &[]),
            crate::union::Member::new("sourceName", true, crate::union::ANY, &[]),
            crate::union::Member::new("identityId", true, crate::union::ANY, &[]),
            crate::union::Member::new("identityName", true, crate::union::ANY, &[]),
            crate::union::Member::new("attributes", true, crate::union::OBJECT, &[]),
        ],
        open: false,
        closed: false,
        tag: None,
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("id", true, crate::union::ANY, &[]),
            crate::union::Member::new("name", true, crate::union::ANY, &[]),
            crate::union::Member::new("type", true, crate::union::ANY, &[]),
            crate::union::Member::new(
                "created",
                true,
                crate::union::STRING | crate::union::NUMBER,
                &[],
            ),
            crate::union::Member::new("connector", true, crate::union::ANY, &[]),
            crate::union::Member::new("actor", true, crate::union::OBJECT, &[]),
        ],
        open: false,
        closed: false,
        tag: None,
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("id", true, crate::union::ANY, &[]),
            crate::union::Member::new("name", true, crate::union::ANY, &[]),
            crate::union::Member::new("type", true, crate::union::ANY, &[]),
            crate::union::Member::new(
                "deleted",
                true,
                crate::union::STRING | crate::union::NUMBER,
                &[],
            ),
            crate::union::Member::new("connector", true, crate::union::ANY, &[]),
            crate::union::Member::new("actor", true, crate::union::OBJECT, &[]),
        ],
        open: false,
        closed: false,
        tag: None,
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("id", true, crate::union::ANY, &[]),
            crate::union::Member::new("name", true, crate::union::ANY, &[]),
            crate::union::Member::new("type", true, crate::union::ANY, &[]),
            crate::union::Member::new(
                "modified",
                true,
                crate::union::STRING | crate::union::NUMBER,
                &[],
            ),
            crate::union::Member::new("connector", true, crate::union::ANY, &[]),
            crate::union::Member::new("actor", true, crate::union::OBJECT, &[]),
        ],
        open: false,
        closed: false,
        tag: None,
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new(
                "created",
                true,
                crate::union::STRING | crate::union::NUMBER,
                &[],
            ),
            crate::union::Member::new(
                "type",
                true,
                crate::union::STRING,
                &["SOURCE", "CLUSTER"],
            ),
            crate::union::Member::new("application", true, crate::union::OBJECT, &[]),
            crate::union::Member::new(
                "healthCheckResult",
                true,
                crate::union::OBJECT,
                &[],
            ),
            crate::union::Member::new(
                "previousHealthCheckResult",
                true,
                crate::union::OBJECT,
                &[],
            ),
        ],
        open: false,
        closed: false,
        tag: None,
    }),
];

impl<'de> serde::Deserialize<'de> for TriggerExampleInput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::union::ranked(&value, &ALTERNATIVES) {
            let decoded = match index {
                0 => {
                    <Accessrequestdynamicapprover as serde::Deserialize>::deserialize(
                            &value,
                        )
                        .map(TriggerExampleInput::Accessrequestdynamicapprover)
                }
                1 => {
                    <Accessrequestpostapproval as serde::Deserialize>::deserialize(
                            &value,
                        )
                        .map(TriggerExampleInput::Accessrequestpostapproval)
                }
                2 => {
                    <Accessrequestpreapproval as serde::Deserialize>::deserialize(&value)
                        .map(TriggerExampleInput::Accessrequestpreapproval)
                }
                3 => {
                    <Accountaggregationcompleted as serde::Deserialize>::deserialize(
                            &value,
                        )
                        .map(TriggerExampleInput::Accountaggregationcompleted)
                }
                4 => {
                    <Accountattributeschanged as serde::Deserialize>::deserialize(&value)
                        .map(TriggerExampleInput::Accountattributeschanged)
                }
                5 => {
                    <Accountcorrelated as serde::Deserialize>::deserialize(&value)
                        .map(TriggerExampleInput::Accountcorrelated)
                }
                6 => {
                    <Accountscollectedforaggregation as serde::Deserialize>::deserialize(
                            &value,
                        )
                        .map(TriggerExampleInput::Accountscollectedforaggregation)
                }
                7 => {
                    <Accountcreated as serde::Deserialize>::deserialize(&value)
                        .map(TriggerExampleInput::Accountcreated)
                }
                8 => {
                    <Accountuncorrelated as serde::Deserialize>::deserialize(&value)
                        .map(TriggerExampleInput::Accountuncorrelated)
                }
                9 => {
                    <Accountdeleted as serde::Deserialize>::deserialize(&value)
                        .map(TriggerExampleInput::Accountdeleted)
                }
                10 => {
                    <Accountupdated as serde::Deserialize>::deserialize(&value)
                        .map(TriggerExampleInput::Accountupdated)
                }
                11 => {
                    <Campaignactivated as serde::Deserialize>::deserialize(&value)
                        .map(TriggerExampleInput::Campaignactivated)
                }
                12 => {
                    <Campaignended as serde::Deserialize>::deserialize(&value)
                        .map(TriggerExampleInput::Campaignended)
                }
                13 => {
                    <Campaigngenerated as serde::Deserialize>::deserialize(&value)
                        .map(TriggerExampleInput::Campaigngenerated)
                }
                14 => {
                    <Certificationsignedoff as serde::Deserialize>::deserialize(&value)
                        .map(TriggerExampleInput::Certificationsignedoff)
                }
                15 => {
                    <Identityattributeschanged as serde::Deserialize>::deserialize(
                            &value,
                        )
                        .map(TriggerExampleInput::Identityattributeschanged)
                }
                16 => {
                    <Identitycreated as serde::Deserialize>::deserialize(&value)
                        .map(TriggerExampleInput::Identitycreated)
                }
                17 => {
                    <Identitydeleted as serde::Deserialize>::deserialize(&value)
                        .map(TriggerExampleInput::Identitydeleted)
                }
                18 => {
                    <Machineidentitycreated as serde::Deserialize>::deserialize(&value)
                        .map(TriggerExampleInput::Machineidentitycreated)
                }
                19 => {
                    <Machineidentityupdated as serde::Deserialize>::deserialize(&value)
                        .map(TriggerExampleInput::Machineidentityupdated)
                }
                20 => {
                    <Machineidentitydeleted as serde::Deserialize>::deserialize(&value)
                        .map(TriggerExampleInput::Machineidentitydeleted)
                }
                21 => {
                    <Provisioningcompleted as serde::Deserialize>::deserialize(&value)
                        .map(TriggerExampleInput::Provisioningcompleted)
                }
                22 => {
                    <Savedsearchcomplete as serde::Deserialize>::deserialize(&value)
                        .map(TriggerExampleInput::Savedsearchcomplete)
                }
                23 => {
                    <Sourceaccountcreated as serde::Deserialize>::deserialize(&value)
                        .map(TriggerExampleInput::Sourceaccountcreated)
                }
                24 => {
                    <Sourceaccountdeleted as serde::Deserialize>::deserialize(&value)
                        .map(TriggerExampleInput::Sourceaccountdeleted)
                }
                25 => {
                    <Sourceaccountupdated as serde::Deserialize>::deserialize(&value)
                        .map(TriggerExampleInput::Sourceaccountupdated)
                }
                26 => {
                    <Sourcecreated as serde::Deserialize>::deserialize(&value)
                        .map(TriggerExampleInput::Sourcecreated)
                }
                27 => {
                    <Sourcedeleted as serde::Deserialize>::deserialize(&value)
                        .map(TriggerExampleInput::Sourcedeleted)
                }
                28 => {
                    <Sourceupdated as serde::Deserialize>::deserialize(&value)
                        .map(TriggerExampleInput::Sourceupdated)
                }
                29 => {
                    <Vaclusterstatuschangeevent as serde::Deserialize>::deserialize(
                            &value,
                        )
                        .map(TriggerExampleInput::Vaclusterstatuschangeevent)
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(TriggerExampleInput::Other(value))
    }
}

impl From<Accessrequestdynamicapprover> for TriggerExampleInput {
    fn from(value: Accessrequestdynamicapprover) -> Self {
        TriggerExampleInput::Accessrequestdynamicapprover(value)
    }
}

impl From<Accessrequestpostapproval> for TriggerExampleInput {
    fn from(value: Accessrequestpostapproval) -> Self {
        TriggerExampleInput::Accessrequestpostapproval(value)
    }
}

impl From<Accessrequestpreapproval> for TriggerExampleInput {
    fn from(value: Accessrequestpreapproval) -> Self {
        TriggerExampleInput::Accessrequestpreapproval(value)
    }
}

impl From<Accountaggregationcompleted> for TriggerExampleInput {
    fn from(value: Accountaggregationcompleted) -> Self {
        TriggerExampleInput::Accountaggregationcompleted(value)
    }
}

impl From<Accountattributeschanged> for TriggerExampleInput {
    fn from(value: Accountattributeschanged) -> Self {
        TriggerExampleInput::Accountattributeschanged(value)
    }
}

impl From<Accountcorrelated> for TriggerExampleInput {
    fn from(value: Accountcorrelated) -> Self {
        TriggerExampleInput::Accountcorrelated(value)
    }
}

impl From<Accountscollectedforaggregation> for TriggerExampleInput {
    fn from(value: Accountscollectedforaggregation) -> Self {
        TriggerExampleInput::Accountscollectedforaggregation(value)
    }
}

impl From<Accountcreated> for TriggerExampleInput {
    fn from(value: Accountcreated) -> Self {
        TriggerExampleInput::Accountcreated(value)
    }
}

impl From<Accountuncorrelated> for TriggerExampleInput {
    fn from(value: Accountuncorrelated) -> Self {
        TriggerExampleInput::Accountuncorrelated(value)
    }
}

impl From<Accountdeleted> for TriggerExampleInput {
    fn from(value: Accountdeleted) -> Self {
        TriggerExampleInput::Accountdeleted(value)
    }
}

impl From<Accountupdated> for TriggerExampleInput {
    fn from(value: Accountupdated) -> Self {
        TriggerExampleInput::Accountupdated(value)
    }
}

impl From<Campaignactivated> for TriggerExampleInput {
    fn from(value: Campaignactivated) -> Self {
        TriggerExampleInput::Campaignactivated(value)
    }
}

impl From<Campaignended> for TriggerExampleInput {
    fn from(value: Campaignended) -> Self {
        TriggerExampleInput::Campaignended(value)
    }
}

impl From<Campaigngenerated> for TriggerExampleInput {
    fn from(value: Campaigngenerated) -> Self {
        TriggerExampleInput::Campaigngenerated(value)
    }
}

impl From<Certificationsignedoff> for TriggerExampleInput {
    fn from(value: Certificationsignedoff) -> Self {
        TriggerExampleInput::Certificationsignedoff(value)
    }
}

impl From<Identityattributeschanged> for TriggerExampleInput {
    fn from(value: Identityattributeschanged) -> Self {
        TriggerExampleInput::Identityattributeschanged(value)
    }
}

impl From<Identitycreated> for TriggerExampleInput {
    fn from(value: Identitycreated) -> Self {
        TriggerExampleInput::Identitycreated(value)
    }
}

impl From<Identitydeleted> for TriggerExampleInput {
    fn from(value: Identitydeleted) -> Self {
        TriggerExampleInput::Identitydeleted(value)
    }
}

impl From<Machineidentitycreated> for TriggerExampleInput {
    fn from(value: Machineidentitycreated) -> Self {
        TriggerExampleInput::Machineidentitycreated(value)
    }
}

impl From<Machineidentityupdated> for TriggerExampleInput {
    fn from(value: Machineidentityupdated) -> Self {
        TriggerExampleInput::Machineidentityupdated(value)
    }
}

impl From<Machineidentitydeleted> for TriggerExampleInput {
    fn from(value: Machineidentitydeleted) -> Self {
        TriggerExampleInput::Machineidentitydeleted(value)
    }
}

impl From<Provisioningcompleted> for TriggerExampleInput {
    fn from(value: Provisioningcompleted) -> Self {
        TriggerExampleInput::Provisioningcompleted(value)
    }
}

impl From<Savedsearchcomplete> for TriggerExampleInput {
    fn from(value: Savedsearchcomplete) -> Self {
        TriggerExampleInput::Savedsearchcomplete(value)
    }
}

impl From<Sourceaccountcreated> for TriggerExampleInput {
    fn from(value: Sourceaccountcreated) -> Self {
        TriggerExampleInput::Sourceaccountcreated(value)
    }
}

impl From<Sourceaccountdeleted> for TriggerExampleInput {
    fn from(value: Sourceaccountdeleted) -> Self {
        TriggerExampleInput::Sourceaccountdeleted(value)
    }
}

impl From<Sourceaccountupdated> for TriggerExampleInput {
    fn from(value: Sourceaccountupdated) -> Self {
        TriggerExampleInput::Sourceaccountupdated(value)
    }
}

impl From<Sourcecreated> for TriggerExampleInput {
    fn from(value: Sourcecreated) -> Self {
        TriggerExampleInput::Sourcecreated(value)
    }
}

impl From<Sourcedeleted> for TriggerExampleInput {
    fn from(value: Sourcedeleted) -> Self {
        TriggerExampleInput::Sourcedeleted(value)
    }
}

impl From<Sourceupdated> for TriggerExampleInput {
    fn from(value: Sourceupdated) -> Self {
        TriggerExampleInput::Sourceupdated(value)
    }
}

impl From<Vaclusterstatuschangeevent> for TriggerExampleInput {
    fn from(value: Vaclusterstatuschangeevent) -> Self {
        TriggerExampleInput::Vaclusterstatuschangeevent(value)
    }
}
