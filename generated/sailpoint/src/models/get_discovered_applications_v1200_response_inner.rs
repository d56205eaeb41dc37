//! `GetDiscoveredApplicationsV1200ResponseInner`, from `apis/application-discovery/paths/discovered-applications-v1.yaml#/get/responses/200/content/application~1json/schema/items`.

use crate::models::{Fulldiscoveredapplications, Slimdiscoveredapplications};

/// `GetDiscoveredApplicationsV1200ResponseInner` as the spec defines it.
///
/// A value is read as the alternative the evidence points to, not the first that decodes: an
/// object as a struct alternative whose required members it has, each with a kind of value the
/// member reads, then the one that fits best
/// (declares all its members and lists its enum values; declares the most of them; lacks the
/// fewest; comes first in the spec). A scalar or list goes to an alternative of its kind.
///
/// A value no alternative fits is kept whole in [`GetDiscoveredApplicationsV1200ResponseInner::Other`], and sent back as it came.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum GetDiscoveredApplicationsV1200ResponseInner {
    Slimdiscoveredapplications(Slimdiscoveredapplications),
    Fulldiscoveredapplications(Fulldiscoveredapplications),
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
            crate::union::Member::new(
                "operationalStatus",
                false,
                crate::union::ANY,
                &[],
            ),
            crate::union::Member::new(
                "discoverySourceCategory",
                false,
                crate::union::ANY,
                &[],
            ),
            crate::union::Member::new("licenseCount", false, crate::union::NUMBER, &[]),
            crate::union::Member::new(
                "isSanctioned",
                false,
                crate::union::BOOLEAN | crate::union::STRING,
                &[],
            ),
            crate::union::Member::new("logo", false, crate::union::ANY, &[]),
            crate::union::Member::new("appUrl", false, crate::union::ANY, &[]),
            crate::union::Member::new("groups", false, crate::union::ARRAY, &[]),
            crate::union::Member::new("usersCount", false, crate::union::ANY, &[]),
            crate::union::Member::new(
                "applicationOwner",
                false,
                crate::union::ARRAY,
                &[],
            ),
            crate::union::Member::new(
                "itApplicationOwner",
                false,
                crate::union::ARRAY,
                &[],
            ),
            crate::union::Member::new(
                "businessCriticality",
                false,
                crate::union::ANY,
                &[],
            ),
            crate::union::Member::new(
                "dataClassification",
                false,
                crate::union::ANY,
                &[],
            ),
            crate::union::Member::new("businessUnit", false, crate::union::ANY, &[]),
            crate::union::Member::new("installType", false, crate::union::ANY, &[]),
            crate::union::Member::new("environment", false, crate::union::ANY, &[]),
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
            crate::union::Member::new(
                "isPrivileged",
                false,
                crate::union::BOOLEAN | crate::union::STRING,
                &[],
            ),
            crate::union::Member::new(
                "warrantyExpiration",
                false,
                crate::union::ANY,
                &[],
            ),
            crate::union::Member::new("attributes", false, crate::union::OBJECT, &[]),
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
            crate::union::Member::new(
                "operationalStatus",
                false,
                crate::union::ANY,
                &[],
            ),
            crate::union::Member::new(
                "discoverySourceCategory",
                false,
                crate::union::ANY,
                &[],
            ),
            crate::union::Member::new("licenseCount", false, crate::union::NUMBER, &[]),
            crate::union::Member::new(
                "isSanctioned",
                false,
                crate::union::BOOLEAN | crate::union::STRING,
                &[],
            ),
            crate::union::Member::new("logo", false, crate::union::ANY, &[]),
            crate::union::Member::new("appUrl", false, crate::union::ANY, &[]),
            crate::union::Member::new("groups", false, crate::union::ARRAY, &[]),
            crate::union::Member::new("usersCount", false, crate::union::ANY, &[]),
            crate::union::Member::new(
                "applicationOwner",
                false,
                crate::union::ARRAY,
                &[],
            ),
            crate::union::Member::new(
                "itApplicationOwner",
                false,
                crate::union::ARRAY,
                &[],
            ),
            crate::union::Member::new(
                "businessCriticality",
                false,
                crate::union::ANY,
                &[],
            ),
            crate::union::Member::new(
                "dataClassification",
                false,
                crate::union::ANY,
                &[],
            ),
            crate::union::Member::new("businessUnit", false, crate::union::ANY, &[]),
            crate::union::Member::new("installType", false, crate::union::ANY, &[]),
            crate::union::Member::new("environment", false, crate::union::ANY, &[]),
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
            crate::union::Member::new(
                "isPrivileged",
                false,
                crate::union::BOOLEAN | crate::union::STRING,
                &[],
            ),
            crate::union::Member::new(
                "warrantyExpiration",
                false,
                crate::union::ANY,
                &[],
            ),
            crate::union::Member::new("attributes", false, crate::union::OBJECT, &[]),
        ],
        open: false,
        closed: false,
        tag: None,
    }),
];

impl<'de> serde::Deserialize<'de> for GetDiscoveredApplicationsV1200ResponseInner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::union::ranked(&value, &ALTERNATIVES) {
            let decoded = match index {
                0 => {
                    <Slimdiscoveredapplications as serde::Deserialize>::deserialize(
                            &value,
                        )
                        .map(
                            GetDiscoveredApplicationsV1200ResponseInner::Slimdiscoveredapplications,
                        )
                }
                1 => {
                    <Fulldiscoveredapplications as serde::Deserialize>::deserialize(
                            &value,
                        )
                        .map(
                            GetDiscoveredApplicationsV1200ResponseInner::Fulldiscoveredapplications,
                        )
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(GetDiscoveredApplicationsV1200ResponseInner::Other(value))
    }
}

impl From<Slimdiscoveredapplications> for GetDiscoveredApplicationsV1200ResponseInner {
    fn from(value: Slimdiscoveredapplications) -> Self {
        GetDiscoveredApplicationsV1200ResponseInner::Slimdiscoveredapplications(value)
    }
}

impl From<Fulldiscoveredapplications> for GetDiscoveredApplicationsV1200ResponseInner {
    fn from(value: Fulldiscoveredapplications) -> Self {
        GetDiscoveredApplicationsV1200ResponseInner::Fulldiscoveredapplications(value)
    }
}
