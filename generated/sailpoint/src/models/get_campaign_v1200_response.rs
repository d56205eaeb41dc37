//! `GetCampaignV1200Response`, from `apis/certification-campaigns/paths/campaigns-v1-by-id.yaml#/get/responses/200/content/application~1json/schema`.

use crate::models::{Campaign2, Slimcampaign};

/// `GetCampaignV1200Response` as the spec defines it.
///
/// A value is read as the alternative the evidence points to, not the first that decodes: an
/// object as a struct alternative whose required members it has, each with a kind of value the
/// member reads, then the one that fits best
/// (declares all its members and lists its enum values; declares the most of them; lacks the
/// fewest; comes first in the spec). A scalar or list goes to an alternative of its kind.
///
/// A value no alternative fits is kept whole in [`GetCampaignV1200Response::Other`], and sent back as it came.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum GetCampaignV1200Response {
    Slimcampaign(Slimcampaign),
    Campaign2(Campaign2),
    /// A value none of the alternatives fits, as it came.
    Other(serde_json::Value),
}

/// What each alternative takes, in the variants' order.
const ALTERNATIVES: [crate::union::Alternative; 2] = [
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("id", false, crate::union::ANY, &[]),
            crate::union::Member::new("name", true, crate::union::ANY, &[]),
            crate::union::Member::new("description", true, crate::union::ANY, &[]),
            crate::union::Member::new(
                "deadline",
                false,
                crate::union::STRING | crate::union::NUMBER,
                &[],
            ),
            crate::union::Member::new(
                "type",
                true,
                crate::union::STRING,
                &[
                    "MANAGER",
                    "SOURCE_OWNER",
                    "SEARCH",
                    "ROLE_COMPOSITION",
                    "MACHINE_ACCOUNT",
                ],
            ),
            crate::union::Member::new(
                "emailNotificationEnabled",
                false,
                crate::union::BOOLEAN | crate::union::STRING,
                &[],
            ),
            crate::union::Member::new(
                "autoRevokeAllowed",
                false,
                crate::union::BOOLEAN | crate::union::STRING,
                &[],
            ),
            crate::union::Member::new(
                "recommendationsEnabled",
                false,
                crate::union::BOOLEAN | crate::union::STRING,
                &[],
            ),
            crate::union::Member::new(
                "status",
                false,
                crate::union::STRING,
                &[
                    "PENDING",
                    "STAGED",
                    "CANCELING",
                    "ACTIVATING",
                    "ACTIVE",
                    "COMPLETING",
                    "COMPLETED",
                    "ERROR",
                    "ARCHIVED",
                ],
            ),
            crate::union::Member::new(
                "correlatedStatus",
                false,
                crate::union::STRING,
                &["CORRELATED", "UNCORRELATED"],
            ),
            crate::union::Member::new(
                "created",
                false,
                crate::union::STRING | crate::union::NUMBER,
                &[],
            ),
            crate::union::Member::new(
                "totalCertifications",
                false,
                crate::union::NUMBER,
                &[],
            ),
            crate::union::Member::new(
                "completedCertifications",
                false,
                crate::union::NUMBER,
                &[],
            ),
            crate::union::Member::new("alerts", false, crate::union::ARRAY, &[]),
        ],
        open: false,
        closed: false,
        tag: None,
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("id", false, crate::union::ANY, &[]),
            crate::union::Member::new("name", true, crate::union::ANY, &[]),
            crate::union::Member::new("description", true, crate::union::ANY, &[]),
            crate::union::Member::new(
                "deadline",
                false,
                crate::union::STRING | crate::union::NUMBER,
                &[],
            ),
            crate::union::Member::new(
                "type",
                true,
                crate::union::STRING,
                &[
                    "MANAGER",
                    "SOURCE_OWNER",
                    "SEARCH",
                    "ROLE_COMPOSITION",
                    "MACHINE_ACCOUNT",
                ],
            ),
            crate::union::Member::new(
                "emailNotificationEnabled",
                false,
                crate::union::BOOLEAN | crate::union::STRING,
                &[],
            ),
            crate::union::Member::new(
                "autoRevokeAllowed",
                false,
                crate::union::BOOLEAN | crate::union::STRING,
                &[],
            ),
            crate::union::Member::new(
                "recommendationsEnabled",
                false,
                crate::union::BOOLEAN | crate::union::STRING,
                &[],
            ),
            crate::union::Member::new(
                "status",
                false,
                crate::union::STRING,
                &[
                    "PENDING",
                    "STAGED",
                    "CANCELING",
                    "ACTIVATING",
                    "ACTIVE",
                    "COMPLETING",
                    "COMPLETED",
                    "ERROR",
                    "ARCHIVED",
                ],
            ),
            crate::union::Member::new(
                "correlatedStatus",
                false,
                crate::union::STRING,
                &["CORRELATED", "UNCORRELATED"],
            ),
            crate::union::Member::new(
                "created",
                false,
                crate::union::STRING | crate::union::NUMBER,
                &[],
            ),
            crate::union::Member::new(
                "totalCertifications",
                false,
                crate::union::NUMBER,
                &[],
            ),
            crate::union::Member::new(
                "completedCertifications",
                false,
                crate::union::NUMBER,
                &[],
            ),
            crate::union::Member::new("alerts", false, crate::union::ARRAY, &[]),
            crate::union::Member::new(
                "modified",
                false,
                crate::union::STRING | crate::union::NUMBER,
                &[],
            ),
            crate::union::Member::new("filter", false, crate::union::OBJECT, &[]),
            crate::union::Member::new(
                "sunsetCommentsRequired",
                false,
                crate::union::BOOLEAN | crate::union::STRING,
                &[],
            ),
            crate::union::Member::new(
                "sourceOwnerCampaignInfo",
                false,
                crate::union::OBJECT,
                &[],
            ),
            crate::union::Member::new(
                "searchCampaignInfo",
                false,
                crate::union::OBJECT,
                &[],
            ),
            crate::union::Member::new(
                "roleCompositionCampaignInfo",
                false,
                crate::union::OBJECT,
                &[],
            ),
            crate::union::Member::new(
                "machineAccountCampaignInfo",
                false,
                crate::union::OBJECT,
                &[],
            ),
            crate::union::Member::new(
                "sourcesWithOrphanEntitlements",
                false,
                crate::union::ARRAY,
                &[],
            ),
            crate::union::Member::new(
                "mandatoryCommentRequirement",
                false,
                crate::union::STRING,
                &["ALL_DECISIONS", "REVOKE_ONLY_DECISIONS", "NO_DECISIONS"],
            ),
        ],
        open: false,
        closed: false,
        tag: None,
    }),
];

impl<'de> serde::Deserialize<'de> for GetCampaignV1200Response {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::union::ranked(&value, &ALTERNATIVES) {
            let decoded = match index {
                0 => {
                    <Slimcampaign as serde::Deserialize>::deserialize(&value)
                        .map(GetCampaignV1200Response::Slimcampaign)
                }
                1 => {
                    <Campaign2 as serde::Deserialize>::deserialize(&value)
                        .map(GetCampaignV1200Response::Campaign2)
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(GetCampaignV1200Response::Other(value))
    }
}

impl From<Slimcampaign> for GetCampaignV1200Response {
    fn from(value: Slimcampaign) -> Self {
        GetCampaignV1200Response::Slimcampaign(value)
    }
}

impl From<Campaign2> for GetCampaignV1200Response {
    fn from(value: Campaign2) -> Self {
        GetCampaignV1200Response::Campaign2(value)
    }
}
