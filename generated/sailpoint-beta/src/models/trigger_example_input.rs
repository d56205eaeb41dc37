//! `TriggerExampleInput`, from `beta/schemas/Trigger.yaml#/properties/exampleInput`.

use crate::models::{
    AccessRequestDynamicApprover, AccessRequestPostApproval, AccessRequestPreApproval,
    AccountAggregationCompleted, AccountAttributesChanged, AccountCorrelated,
    AccountUncorrelated, AccountsCollectedForAggregation, CampaignActivated,
    CampaignEnded, CampaignGenerated, CertificationSignedOff, IdentityAttributesChanged,
    IdentityCreated, IdentityDeleted, ProvisioningCompleted, SavedSearchComplete,
    SourceAccountCreated, SourceAccountDeleted, SourceAccountUpdated, SourceCreated,
    SourceDeleted, SourceUpdated, VaClusterStatusChangeEvent,
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
    AccessRequestDynamicApprover(AccessRequestDynamicApprover),
    AccessRequestPostApproval(AccessRequestPostApproval),
    AccessRequestPreApproval(AccessRequestPreApproval),
    AccountAggregationCompleted(AccountAggregationCompleted),
    AccountAttributesChanged(AccountAttributesChanged),
    AccountCorrelated(AccountCorrelated),
    AccountsCollectedForAggregation(AccountsCollectedForAggregation),
    AccountUncorrelated(AccountUncorrelated),
    CampaignActivated(CampaignActivated),
    CampaignEnded(CampaignEnded),
    CampaignGenerated(CampaignGenerated),
    CertificationSignedOff(CertificationSignedOff),
    IdentityAttributesChanged(IdentityAttributesChanged),
    IdentityCreated(IdentityCreated),
    IdentityDeleted(IdentityDeleted),
    ProvisioningCompleted(ProvisioningCompleted),
    SavedSearchComplete(SavedSearchComplete),
    SourceAccountCreated(SourceAccountCreated),
    SourceAccountDeleted(SourceAccountDeleted),
    SourceAccountUpdated(SourceAccountUpdated),
    SourceCreated(SourceCreated),
    SourceDeleted(SourceDeleted),
    SourceUpdated(SourceUpdated),
    VaClusterStatusChangeEvent(VaClusterStatusChangeEvent),
    /// A value none of the alternatives fits, as it came.
    Other(serde_json::Value),
}

/// What each alternative takes, in the variants' order.
const ALTERNATIVES: [crate::union::Alternative; 24] = [
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
            crate::union::Member::new("uuid", true, crate::union::ANY, &[]),
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
            crate::union::Member::new("uuid", true, crate::union::ANY, &[]),
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
            crate::union::Member::new("uuid", true, crate::union::ANY, &[]),
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
                    <AccessRequestDynamicApprover as serde::Deserialize>::deserialize(
                            &value,
                        )
                        .map(TriggerExampleInput::AccessRequestDynamicApprover)
                }
                1 => {
                    <AccessRequestPostApproval as serde::Deserialize>::deserialize(
                            &value,
                        )
                        .map(TriggerExampleInput::AccessRequestPostApproval)
                }
                2 => {
                    <AccessRequestPreApproval as serde::Deserialize>::deserialize(&value)
                        .map(TriggerExampleInput::AccessRequestPreApproval)
                }
                3 => {
                    <AccountAggregationCompleted as serde::Deserialize>::deserialize(
                            &value,
                        )
                        .map(TriggerExampleInput::AccountAggregationCompleted)
                }
                4 => {
                    <AccountAttributesChanged as serde::Deserialize>::deserialize(&value)
                        .map(TriggerExampleInput::AccountAttributesChanged)
                }
                5 => {
                    <AccountCorrelated as serde::Deserialize>::deserialize(&value)
                        .map(TriggerExampleInput::AccountCorrelated)
                }
                6 => {
                    <AccountsCollectedForAggregation as serde::Deserialize>::deserialize(
                            &value,
                        )
                        .map(TriggerExampleInput::AccountsCollectedForAggregation)
                }
                7 => {
                    <AccountUncorrelated as serde::Deserialize>::deserialize(&value)
                        .map(TriggerExampleInput::AccountUncorrelated)
                }
                8 => {
                    <CampaignActivated as serde::Deserialize>::deserialize(&value)
                        .map(TriggerExampleInput::CampaignActivated)
                }
                9 => {
                    <CampaignEnded as serde::Deserialize>::deserialize(&value)
                        .map(TriggerExampleInput::CampaignEnded)
                }
                10 => {
                    <CampaignGenerated as serde::Deserialize>::deserialize(&value)
                        .map(TriggerExampleInput::CampaignGenerated)
                }
                11 => {
                    <CertificationSignedOff as serde::Deserialize>::deserialize(&value)
                        .map(TriggerExampleInput::CertificationSignedOff)
                }
                12 => {
                    <IdentityAttributesChanged as serde::Deserialize>::deserialize(
                            &value,
                        )
                        .map(TriggerExampleInput::IdentityAttributesChanged)
                }
                13 => {
                    <IdentityCreated as serde::Deserialize>::deserialize(&value)
                        .map(TriggerExampleInput::IdentityCreated)
                }
                14 => {
                    <IdentityDeleted as serde::Deserialize>::deserialize(&value)
                        .map(TriggerExampleInput::IdentityDeleted)
                }
                15 => {
                    <ProvisioningCompleted as serde::Deserialize>::deserialize(&value)
                        .map(TriggerExampleInput::ProvisioningCompleted)
                }
                16 => {
                    <SavedSearchComplete as serde::Deserialize>::deserialize(&value)
                        .map(TriggerExampleInput::SavedSearchComplete)
                }
                17 => {
                    <SourceAccountCreated as serde::Deserialize>::deserialize(&value)
                        .map(TriggerExampleInput::SourceAccountCreated)
                }
                18 => {
                    <SourceAccountDeleted as serde::Deserialize>::deserialize(&value)
                        .map(TriggerExampleInput::SourceAccountDeleted)
                }
                19 => {
                    <SourceAccountUpdated as serde::Deserialize>::deserialize(&value)
                        .map(TriggerExampleInput::SourceAccountUpdated)
                }
                20 => {
                    <SourceCreated as serde::Deserialize>::deserialize(&value)
                        .map(TriggerExampleInput::SourceCreated)
                }
                21 => {
                    <SourceDeleted as serde::Deserialize>::deserialize(&value)
                        .map(TriggerExampleInput::SourceDeleted)
                }
                22 => {
                    <SourceUpdated as serde::Deserialize>::deserialize(&value)
                        .map(TriggerExampleInput::SourceUpdated)
                }
                23 => {
                    <VaClusterStatusChangeEvent as serde::Deserialize>::deserialize(
                            &value,
                        )
                        .map(TriggerExampleInput::VaClusterStatusChangeEvent)
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

impl From<AccessRequestDynamicApprover> for TriggerExampleInput {
    fn from(value: AccessRequestDynamicApprover) -> Self {
        TriggerExampleInput::AccessRequestDynamicApprover(value)
    }
}

impl From<AccessRequestPostApproval> for TriggerExampleInput {
    fn from(value: AccessRequestPostApproval) -> Self {
        TriggerExampleInput::AccessRequestPostApproval(value)
    }
}

impl From<AccessRequestPreApproval> for TriggerExampleInput {
    fn from(value: AccessRequestPreApproval) -> Self {
        TriggerExampleInput::AccessRequestPreApproval(value)
    }
}

impl From<AccountAggregationCompleted> for TriggerExampleInput {
    fn from(value: AccountAggregationCompleted) -> Self {
        TriggerExampleInput::AccountAggregationCompleted(value)
    }
}

impl From<AccountAttributesChanged> for TriggerExampleInput {
    fn from(value: AccountAttributesChanged) -> Self {
        TriggerExampleInput::AccountAttributesChanged(value)
    }
}

impl From<AccountCorrelated> for TriggerExampleInput {
    fn from(value: AccountCorrelated) -> Self {
        TriggerExampleInput::AccountCorrelated(value)
    }
}

impl From<AccountsCollectedForAggregation> for TriggerExampleInput {
    fn from(value: AccountsCollectedForAggregation) -> Self {
        TriggerExampleInput::AccountsCollectedForAggregation(value)
    }
}

impl From<AccountUncorrelated> for TriggerExampleInput {
    fn from(value: AccountUncorrelated) -> Self {
        TriggerExampleInput::AccountUncorrelated(value)
    }
}

impl From<CampaignActivated> for TriggerExampleInput {
    fn from(value: CampaignActivated) -> Self {
        TriggerExampleInput::CampaignActivated(value)
    }
}

impl From<CampaignEnded> for TriggerExampleInput {
    fn from(value: CampaignEnded) -> Self {
        TriggerExampleInput::CampaignEnded(value)
    }
}

impl From<CampaignGenerated> for TriggerExampleInput {
    fn from(value: CampaignGenerated) -> Self {
        TriggerExampleInput::CampaignGenerated(value)
    }
}

impl From<CertificationSignedOff> for TriggerExampleInput {
    fn from(value: CertificationSignedOff) -> Self {
        TriggerExampleInput::CertificationSignedOff(value)
    }
}

impl From<IdentityAttributesChanged> for TriggerExampleInput {
    fn from(value: IdentityAttributesChanged) -> Self {
        TriggerExampleInput::IdentityAttributesChanged(value)
    }
}

impl From<IdentityCreated> for TriggerExampleInput {
    fn from(value: IdentityCreated) -> Self {
        TriggerExampleInput::IdentityCreated(value)
    }
}

impl From<IdentityDeleted> for TriggerExampleInput {
    fn from(value: IdentityDeleted) -> Self {
        TriggerExampleInput::IdentityDeleted(value)
    }
}

impl From<ProvisioningCompleted> for TriggerExampleInput {
    fn from(value: ProvisioningCompleted) -> Self {
        TriggerExampleInput::ProvisioningCompleted(value)
    }
}

impl From<SavedSearchComplete> for TriggerExampleInput {
    fn from(value: SavedSearchComplete) -> Self {
        TriggerExampleInput::SavedSearchComplete(value)
    }
}

impl From<SourceAccountCreated> for TriggerExampleInput {
    fn from(value: SourceAccountCreated) -> Self {
        TriggerExampleInput::SourceAccountCreated(value)
    }
}

impl From<SourceAccountDeleted> for TriggerExampleInput {
    fn from(value: SourceAccountDeleted) -> Self {
        TriggerExampleInput::SourceAccountDeleted(value)
    }
}

impl From<SourceAccountUpdated> for TriggerExampleInput {
    fn from(value: SourceAccountUpdated) -> Self {
        TriggerExampleInput::SourceAccountUpdated(value)
    }
}

impl From<SourceCreated> for TriggerExampleInput {
    fn from(value: SourceCreated) -> Self {
        TriggerExampleInput::SourceCreated(value)
    }
}

impl From<SourceDeleted> for TriggerExampleInput {
    fn from(value: SourceDeleted) -> Self {
        TriggerExampleInput::SourceDeleted(value)
    }
}

impl From<SourceUpdated> for TriggerExampleInput {
    fn from(value: SourceUpdated) -> Self {
        TriggerExampleInput::SourceUpdated(value)
    }
}

impl From<VaClusterStatusChangeEvent> for TriggerExampleInput {
    fn from(value: VaClusterStatusChangeEvent) -> Self {
        TriggerExampleInput::VaClusterStatusChangeEvent(value)
    }
}
