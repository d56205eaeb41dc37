//! `GetHistoricalIdentityEvents200ResponseInner`, from `beta/paths/historical-identity-events.yaml#/get/responses/200/content/application~1json/schema/items`.

use crate::models::{
    AccessItemAssociated, AccessItemRemoved, AccessRequested, AccountStatusChanged,
    AttributesChanged, IdentityCertified,
};

/// `GetHistoricalIdentityEvents200ResponseInner` as the spec defines it.
///
/// The value is whichever alternative it decodes as, tried in this order.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum GetHistoricalIdentityEvents200ResponseInner {
    IdentityCertified(IdentityCertified),
    AccessItemAssociated(AccessItemAssociated),
    AccessItemRemoved(AccessItemRemoved),
    AccountStatusChanged(AccountStatusChanged),
    AttributesChanged(AttributesChanged),
    AccessRequested(AccessRequested),
}

impl From<IdentityCertified> for GetHistoricalIdentityEvents200ResponseInner {
    fn from(value: IdentityCertified) -> Self {
        GetHistoricalIdentityEvents200ResponseInner::IdentityCertified(value)
    }
}

impl From<AccessItemAssociated> for GetHistoricalIdentityEvents200ResponseInner {
    fn from(value: AccessItemAssociated) -> Self {
        GetHistoricalIdentityEvents200ResponseInner::AccessItemAssociated(value)
    }
}

impl From<AccessItemRemoved> for GetHistoricalIdentityEvents200ResponseInner {
    fn from(value: AccessItemRemoved) -> Self {
        GetHistoricalIdentityEvents200ResponseInner::AccessItemRemoved(value)
    }
}

impl From<AccountStatusChanged> for GetHistoricalIdentityEvents200ResponseInner {
    fn from(value: AccountStatusChanged) -> Self {
        GetHistoricalIdentityEvents200ResponseInner::AccountStatusChanged(value)
    }
}

impl From<AttributesChanged> for GetHistoricalIdentityEvents200ResponseInner {
    fn from(value: AttributesChanged) -> Self {
        GetHistoricalIdentityEvents200ResponseInner::AttributesChanged(value)
    }
}

impl From<AccessRequested> for GetHistoricalIdentityEvents200ResponseInner {
    fn from(value: AccessRequested) -> Self {
        GetHistoricalIdentityEvents200ResponseInner::AccessRequested(value)
    }
}
