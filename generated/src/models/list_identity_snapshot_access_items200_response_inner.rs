//! `ListIdentitySnapshotAccessItems200ResponseInner`, from `beta/paths/historical-identity-snapshot-date-access-items.yaml#/get/responses/200/content/application~1json/schema/items`.

use crate::models::{
    AccessItemAccessProfileResponse, AccessItemAccountResponse, AccessItemAppResponse,
    AccessItemEntitlementResponse, AccessItemRoleResponse,
};

/// `ListIdentitySnapshotAccessItems200ResponseInner` as the spec defines it.
///
/// The value is whichever alternative it decodes as, tried in this order.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum ListIdentitySnapshotAccessItems200ResponseInner {
    AccessItemAccessProfileResponse(AccessItemAccessProfileResponse),
    AccessItemEntitlementResponse(AccessItemEntitlementResponse),
    AccessItemRoleResponse(AccessItemRoleResponse),
    AccessItemAccountResponse(AccessItemAccountResponse),
    AccessItemAppResponse(AccessItemAppResponse),
}

impl From<AccessItemAccessProfileResponse>
for ListIdentitySnapshotAccessItems200ResponseInner {
    fn from(value: AccessItemAccessProfileResponse) -> Self {
        ListIdentitySnapshotAccessItems200ResponseInner::AccessItemAccessProfileResponse(
            value,
        )
    }
}

impl From<AccessItemEntitlementResponse>
for ListIdentitySnapshotAccessItems200ResponseInner {
    fn from(value: AccessItemEntitlementResponse) -> Self {
        ListIdentitySnapshotAccessItems200ResponseInner::AccessItemEntitlementResponse(
            value,
        )
    }
}

impl From<AccessItemRoleResponse> for ListIdentitySnapshotAccessItems200ResponseInner {
    fn from(value: AccessItemRoleResponse) -> Self {
        ListIdentitySnapshotAccessItems200ResponseInner::AccessItemRoleResponse(value)
    }
}

impl From<AccessItemAccountResponse>
for ListIdentitySnapshotAccessItems200ResponseInner {
    fn from(value: AccessItemAccountResponse) -> Self {
        ListIdentitySnapshotAccessItems200ResponseInner::AccessItemAccountResponse(value)
    }
}

impl From<AccessItemAppResponse> for ListIdentitySnapshotAccessItems200ResponseInner {
    fn from(value: AccessItemAppResponse) -> Self {
        ListIdentitySnapshotAccessItems200ResponseInner::AccessItemAppResponse(value)
    }
}
