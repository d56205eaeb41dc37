//! `AccessItemRemovedAccessItem`, from `beta/schemas/AccessItemRemoved.yaml#/properties/accessItem`.

use crate::models::{
    AccessItemAccessProfileResponse, AccessItemAccountResponse, AccessItemAppResponse,
    AccessItemEntitlementResponse, AccessItemRoleResponse,
};

/// `AccessItemRemovedAccessItem` as the spec defines it.
///
/// The value is whichever alternative it decodes as, tried in this order.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum AccessItemRemovedAccessItem {
    AccessItemEntitlementResponse(AccessItemEntitlementResponse),
    AccessItemAccessProfileResponse(AccessItemAccessProfileResponse),
    AccessItemRoleResponse(AccessItemRoleResponse),
    AccessItemAccountResponse(AccessItemAccountResponse),
    AccessItemAppResponse(AccessItemAppResponse),
}

impl From<AccessItemEntitlementResponse> for AccessItemRemovedAccessItem {
    fn from(value: AccessItemEntitlementResponse) -> Self {
        AccessItemRemovedAccessItem::AccessItemEntitlementResponse(value)
    }
}

impl From<AccessItemAccessProfileResponse> for AccessItemRemovedAccessItem {
    fn from(value: AccessItemAccessProfileResponse) -> Self {
        AccessItemRemovedAccessItem::AccessItemAccessProfileResponse(value)
    }
}

impl From<AccessItemRoleResponse> for AccessItemRemovedAccessItem {
    fn from(value: AccessItemRoleResponse) -> Self {
        AccessItemRemovedAccessItem::AccessItemRoleResponse(value)
    }
}

impl From<AccessItemAccountResponse> for AccessItemRemovedAccessItem {
    fn from(value: AccessItemAccountResponse) -> Self {
        AccessItemRemovedAccessItem::AccessItemAccountResponse(value)
    }
}

impl From<AccessItemAppResponse> for AccessItemRemovedAccessItem {
    fn from(value: AccessItemAppResponse) -> Self {
        AccessItemRemovedAccessItem::AccessItemAppResponse(value)
    }
}
