//! `GetDiscoveredApplications200ResponseInner`, from `beta/paths/discovered-applications.yaml#/get/responses/200/content/application~1json/schema/items`.

use crate::models::{FullDiscoveredApplications, SlimDiscoveredApplications};

/// `GetDiscoveredApplications200ResponseInner` as the spec defines it.
///
/// A value is read as the alternative the evidence points to, not the first that decodes: an
/// object as a struct alternative whose required members it has, each with a kind of value the
/// member reads, then the one that fits best
/// (declares all its members and lists its enum values; declares the most of them; lacks the
/// fewest; comes first in the spec). A scalar or list goes to an alternative of its kind.
///
/// A value no alternative fits is kept whole in [`GetDiscoveredApplications200ResponseInner::Other`], and sent back as it came.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum GetDiscoveredApplications200ResponseInner {
    SlimDiscoveredApplications(SlimDiscoveredApplications),
    FullDiscoveredApplications(FullDiscoveredApplications),
    /// A value none of the alternatives fits, as it came.
    Other(serde_json::Value),
}

/// What each alternative takes, in the variants' order.
const ALTERNATIVES: [crate::union::Alternative; 2] = [
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("id", false, crate::union::ANY, &[]),
            crate::union::Member::new("name", false, crate::union::ANY, &[]),
            crate::union::Member::new("discoverySource", false, crate::union::ANY, &[]),
            crate::union::Member::new("discoveredVendor", false, crate::union::ANY, &[]),
            crate::union::Member::new("description", false, crate::union::ANY, &[]),
            crate::union::Member::new(
                "recommendedConnectors",
                false,
                crate::union::ARRAY,
                &[],
            ),
            crate::union::Member::new(
                "discoveredAt",
                false,
                crate::union::STRING | crate::union::NUMBER,
                &[],
            ),
            crate::union::Member::new(
                "createdAt",
                false,
                crate::union::STRING | crate::union::NUMBER,
                &[],
            ),
            crate::union::Member::new("status", false, crate::union::ANY, &[]),
            crate::union::Member::new("riskScore", false, crate::union::NUMBER, &[]),
            crate::union::Member::new(
                "isBusiness",
                false,
                crate::union::BOOLEAN | crate::union::STRING,
                &[],
            ),
            crate::union::Member::new(
                "totalSigninsCount",
                false,
                crate::union::NUMBER,
                &[],
            ),
            crate::union::Member::new(
                "riskLevel",
                false,
                crate::union::STRING,
                &["High", "Medium", "Low"],
            ),
        ],
        open: false,
        closed: false,
        tag: None,
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("id", false, crate::union::ANY, &[]),
            crate::union::Member::new("name", false, crate::union::ANY, &[]),
            crate::union::Member::new("discoverySource", false, crate::union::ANY, &[]),
            crate::union::Member::new("discoveredVendor", false, crate::union::ANY, &[]),
            crate::union::Member::new("description", false, crate::union::ANY, &[]),
            crate::union::Member::new(
                "recommendedConnectors",
                false,
                crate::union::ARRAY,
                &[],
            ),
            crate::union::Member::new(
                "discoveredAt",
                false,
                crate::union::STRING | crate::union::NUMBER,
                &[],
            ),
            crate::union::Member::new(
                "createdAt",
                false,
                crate::union::STRING | crate::union::NUMBER,
                &[],
            ),
            crate::union::Member::new("status", false, crate::union::ANY, &[]),
            crate::union::Member::new(
                "associatedSources",
                false,
                crate::union::ARRAY,
                &[],
            ),
            crate::union::Member::new("riskScore", false, crate::union::NUMBER, &[]),
            crate::union::Member::new(
                "isBusiness",
                false,
                crate::union::BOOLEAN | crate::union::STRING,
                &[],
            ),
            crate::union::Member::new(
                "totalSigninsCount",
                false,
                crate::union::NUMBER,
                &[],
            ),
            crate::union::Member::new(
                "riskLevel",
                false,
                crate::union::STRING,
                &["High", "Medium", "Low"],
            ),
        ],
        open: false,
        closed: false,
        tag: None,
    }),
];

impl<'de> serde::Deserialize<'de> for GetDiscoveredApplications200ResponseInner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::union::ranked(&value, &ALTERNATIVES) {
            let decoded = match index {
                0 => {
                    <SlimDiscoveredApplications as serde::Deserialize>::deserialize(
                            &value,
                        )
                        .map(
                            GetDiscoveredApplications200ResponseInner::SlimDiscoveredApplications,
                        )
                }
                1 => {
                    <FullDiscoveredApplications as serde::Deserialize>::deserialize(
                            &value,
                        )
                        .map(
                            GetDiscoveredApplications200ResponseInner::FullDiscoveredApplications,
                        )
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(GetDiscoveredApplications200ResponseInner::Other(value))
    }
}

impl From<SlimDiscoveredApplications> for GetDiscoveredApplications200ResponseInner {
    fn from(value: SlimDiscoveredApplications) -> Self {
        GetDiscoveredApplications200ResponseInner::SlimDiscoveredApplications(value)
    }
}

impl From<FullDiscoveredApplications> for GetDiscoveredApplications200ResponseInner {
    fn from(value: FullDiscoveredApplications) -> Self {
        GetDiscoveredApplications200ResponseInner::FullDiscoveredApplications(value)
    }
}
