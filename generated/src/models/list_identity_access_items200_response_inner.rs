//! `ListIdentityAccessItems200ResponseInner`, from `beta/paths/historical-identity-access-items.yaml#/get/responses/200/content/application~1json/schema/items`.

use crate::models::{
    AccessItemAccessProfileResponse, AccessItemAccountResponse, AccessItemAppResponse,
    AccessItemEntitlementResponse, AccessItemRoleResponse,
};

/// `ListIdentityAccessItems200ResponseInner` as the spec defines it.
///
/// The value is whichever alternative it decodes as, tried in this order.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum ListIdentityAccessItems200ResponseInner {
    AccessItemEntitlementResponse(AccessItemEntitlementResponse),
    AccessItemAccessProfileResponse(AccessItemAccessProfileResponse),
    AccessItemRoleResponse(AccessItemRoleResponse),
    AccessItemAccountResponse(AccessItemAccountResponse),
    AccessItemAppResponse(AccessItemAppResponse),
}

impl From<AccessItemEntitlementResponse> for ListIdentityAccessItems200ResponseInner {
    fn from(value: AccessItemEntitlementResponse) -> Self {
        ListIdentityAccessItems200ResponseInner::AccessItemEntitlementResponse(value)
    }
}

impl From<AccessItemAccessProfileResponse> for ListIdentityAccessItems200ResponseInner {
    fn from(value: AccessItemAccessProfileResponse) -> Self {
        ListIdentityAccessItems200ResponseInner::AccessItemAccessProfileResponse(value)
    }
}

impl From<AccessItemRoleResponse> for ListIdentityAccessItems200ResponseInner {
    fn from(value: AccessItemRoleResponse) -> Self {
        ListIdentityAccessItems200ResponseInner::AccessItemRoleResponse(value)
    }
}

impl From<AccessItemAccountResponse> for ListIdentityAccessItems200ResponseInner {
    fn from(value: AccessItemAccountResponse) -> Self {
        ListIdentityAccessItems200ResponseInner::AccessItemAccountResponse(value)
    }
}

impl From<AccessItemAppResponse> for ListIdentityAccessItems200ResponseInner {
    fn from(value: AccessItemAppResponse) -> Self {
        ListIdentityAccessItems200ResponseInner::AccessItemAppResponse(value)
    }
}
