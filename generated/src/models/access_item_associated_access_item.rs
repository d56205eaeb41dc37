//! `AccessItemAssociatedAccessItem`, from `beta/schemas/AccessItemAssociated.yaml#/properties/accessItem`.

use crate::models::{
    AccessItemAccessProfileResponse, AccessItemAccountResponse, AccessItemAppResponse,
    AccessItemEntitlementResponse, AccessItemRoleResponse,
};

/// `AccessItemAssociatedAccessItem` as the spec defines it.
///
/// The value is whichever alternative it decodes as, tried in this order.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum AccessItemAssociatedAccessItem {
    AccessItemEntitlementResponse(AccessItemEntitlementResponse),
    AccessItemAccessProfileResponse(AccessItemAccessProfileResponse),
    AccessItemRoleResponse(AccessItemRoleResponse),
    AccessItemAccountResponse(AccessItemAccountResponse),
    AccessItemAppResponse(AccessItemAppResponse),
}

impl From<AccessItemEntitlementResponse> for AccessItemAssociatedAccessItem {
    fn from(value: AccessItemEntitlementResponse) -> Self {
        AccessItemAssociatedAccessItem::AccessItemEntitlementResponse(value)
    }
}

impl From<AccessItemAccessProfileResponse> for AccessItemAssociatedAccessItem {
    fn from(value: AccessItemAccessProfileResponse) -> Self {
        AccessItemAssociatedAccessItem::AccessItemAccessProfileResponse(value)
    }
}

impl From<AccessItemRoleResponse> for AccessItemAssociatedAccessItem {
    fn from(value: AccessItemRoleResponse) -> Self {
        AccessItemAssociatedAccessItem::AccessItemRoleResponse(value)
    }
}

impl From<AccessItemAccountResponse> for AccessItemAssociatedAccessItem {
    fn from(value: AccessItemAccountResponse) -> Self {
        AccessItemAssociatedAccessItem::AccessItemAccountResponse(value)
    }
}

impl From<AccessItemAppResponse> for AccessItemAssociatedAccessItem {
    fn from(value: AccessItemAppResponse) -> Self {
        AccessItemAssociatedAccessItem::AccessItemAppResponse(value)
    }
}
