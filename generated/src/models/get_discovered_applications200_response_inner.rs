//! `GetDiscoveredApplications200ResponseInner`, from `beta/paths/discovered-applications.yaml#/get/responses/200/content/application~1json/schema/items`.

use crate::models::{FullDiscoveredApplications, SlimDiscoveredApplications};

/// `GetDiscoveredApplications200ResponseInner` as the spec defines it.
///
/// The value is whichever alternative it decodes as, tried in this order.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum GetDiscoveredApplications200ResponseInner {
    FullDiscoveredApplications(FullDiscoveredApplications),
    SlimDiscoveredApplications(SlimDiscoveredApplications),
}

impl From<FullDiscoveredApplications> for GetDiscoveredApplications200ResponseInner {
    fn from(value: FullDiscoveredApplications) -> Self {
        GetDiscoveredApplications200ResponseInner::FullDiscoveredApplications(value)
    }
}

impl From<SlimDiscoveredApplications> for GetDiscoveredApplications200ResponseInner {
    fn from(value: SlimDiscoveredApplications) -> Self {
        GetDiscoveredApplications200ResponseInner::SlimDiscoveredApplications(value)
    }
}
