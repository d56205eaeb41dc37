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
/// The value is whichever alternative it decodes as, tried in this order.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum TriggerExampleInput {
    ProvisioningCompleted(ProvisioningCompleted),
    SourceAccountCreated(SourceAccountCreated),
    SourceAccountDeleted(SourceAccountDeleted),
    SourceAccountUpdated(SourceAccountUpdated),
    AccountAggregationCompleted(AccountAggregationCompleted),
    AccountsCollectedForAggregation(AccountsCollectedForAggregation),
    SavedSearchComplete(SavedSearchComplete),
    SourceCreated(SourceCreated),
    SourceDeleted(SourceDeleted),
    SourceUpdated(SourceUpdated),
    AccountCorrelated(AccountCorrelated),
    VaClusterStatusChangeEvent(VaClusterStatusChangeEvent),
    AccessRequestDynamicApprover(AccessRequestDynamicApprover),
    AccessRequestPostApproval(AccessRequestPostApproval),
    AccessRequestPreApproval(AccessRequestPreApproval),
    AccountAttributesChanged(AccountAttributesChanged),
    AccountUncorrelated(AccountUncorrelated),
    IdentityAttributesChanged(IdentityAttributesChanged),
    IdentityCreated(IdentityCreated),
    IdentityDeleted(IdentityDeleted),
    CampaignActivated(CampaignActivated),
    CampaignEnded(CampaignEnded),
    CampaignGenerated(CampaignGenerated),
    CertificationSignedOff(CertificationSignedOff),
}

impl From<ProvisioningCompleted> for TriggerExampleInput {
    fn from(value: ProvisioningCompleted) -> Self {
        TriggerExampleInput::ProvisioningCompleted(value)
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

impl From<AccountAggregationCompleted> for TriggerExampleInput {
    fn from(value: AccountAggregationCompleted) -> Self {
        TriggerExampleInput::AccountAggregationCompleted(value)
    }
}

impl From<AccountsCollectedForAggregation> for TriggerExampleInput {
    fn from(value: AccountsCollectedForAggregation) -> Self {
        TriggerExampleInput::AccountsCollectedForAggregation(value)
    }
}

impl From<SavedSearchComplete> for TriggerExampleInput {
    fn from(value: SavedSearchComplete) -> Self {
        TriggerExampleInput::SavedSearchComplete(value)
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

impl From<AccountCorrelated> for TriggerExampleInput {
    fn from(value: AccountCorrelated) -> Self {
        TriggerExampleInput::AccountCorrelated(value)
    }
}

impl From<VaClusterStatusChangeEvent> for TriggerExampleInput {
    fn from(value: VaClusterStatusChangeEvent) -> Self {
        TriggerExampleInput::VaClusterStatusChangeEvent(value)
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

impl From<AccountAttributesChanged> for TriggerExampleInput {
    fn from(value: AccountAttributesChanged) -> Self {
        TriggerExampleInput::AccountAttributesChanged(value)
    }
}

impl From<AccountUncorrelated> for TriggerExampleInput {
    fn from(value: AccountUncorrelated) -> Self {
        TriggerExampleInput::AccountUncorrelated(value)
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
