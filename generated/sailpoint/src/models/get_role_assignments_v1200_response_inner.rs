//! `GetRoleAssignmentsV1200ResponseInner`, from `apis/identities/paths/identities-v1-by-identityid-role-assignments.yaml#/get/responses/200/content/application~1json/schema/items`.

use crate::models::{Roleassignmentdto, Roleassignmentref};

/// `GetRoleAssignmentsV1200ResponseInner` as the spec defines it.
///
/// A value is read as the alternative the evidence points to, not the first that decodes: an
/// object as a struct alternative whose required members it has, each with a kind of value the
/// member reads, then the one that fits best
/// (declares all its members and lists its enum values; declares the most of them; lacks the
/// fewest; comes first in the spec). A scalar or list goes to an alternative of its kind.
///
/// A value no alternative fits is kept whole in [`GetRoleAssignmentsV1200ResponseInner::Other`], and sent back as it came.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum GetRoleAssignmentsV1200ResponseInner {
    Roleassignmentref(Roleassignmentref),
    Roleassignmentdto(Roleassignmentdto),
    /// A value none of the alternatives fits, as it came.
    Other(serde_json::Value),
}

/// What each alternative takes, in the variants' order.
const ALTERNATIVES: [crate::union::Alternative; 2] = [
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("id", false, crate::union::ANY, &[]),
            crate::union::Member::new("role", false, crate::union::OBJECT, &[]),
            crate::union::Member::new(
                "addedDate",
                false,
                crate::union::STRING | crate::union::NUMBER,
                &[],
            ),
            crate::union::Member::new(
                "startDate",
                false,
                crate::union::STRING | crate::union::NUMBER,
                &[],
            ),
            crate::union::Member::new(
                "removeDate",
                false,
                crate::union::STRING | crate::union::NUMBER,
                &[],
            ),
        ],
        open: false,
        closed: false,
        tag: None,
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("id", false, crate::union::ANY, &[]),
            crate::union::Member::new("role", false, crate::union::OBJECT, &[]),
            crate::union::Member::new("comments", false, crate::union::ANY, &[]),
            crate::union::Member::new("assignmentSource", false, crate::union::ANY, &[]),
            crate::union::Member::new("assigner", false, crate::union::OBJECT, &[]),
            crate::union::Member::new(
                "assignedDimensions",
                false,
                crate::union::ARRAY,
                &[],
            ),
            crate::union::Member::new(
                "assignmentContext",
                false,
                crate::union::OBJECT,
                &[],
            ),
            crate::union::Member::new("accountTargets", false, crate::union::ARRAY, &[]),
            crate::union::Member::new(
                "startDate",
                false,
                crate::union::STRING | crate::union::NUMBER,
                &[],
            ),
            crate::union::Member::new(
                "removeDate",
                false,
                crate::union::STRING | crate::union::NUMBER,
                &[],
            ),
            crate::union::Member::new(
                "addedDate",
                false,
                crate::union::STRING | crate::union::NUMBER,
                &[],
            ),
        ],
        open: false,
        closed: false,
        tag: None,
    }),
];

impl<'de> serde::Deserialize<'de> for GetRoleAssignmentsV1200ResponseInner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::union::ranked(&value, &ALTERNATIVES) {
            let decoded = match index {
                0 => {
                    <Roleassignmentref as serde::Deserialize>::deserialize(&value)
                        .map(GetRoleAssignmentsV1200ResponseInner::Roleassignmentref)
                }
                1 => {
                    <Roleassignmentdto as serde::Deserialize>::deserialize(&value)
                        .map(GetRoleAssignmentsV1200ResponseInner::Roleassignmentdto)
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(GetRoleAssignmentsV1200ResponseInner::Other(value))
    }
}

impl From<Roleassignmentref> for GetRoleAssignmentsV1200ResponseInner {
    fn from(value: Roleassignmentref) -> Self {
        GetRoleAssignmentsV1200ResponseInner::Roleassignmentref(value)
    }
}

impl From<Roleassignmentdto> for GetRoleAssignmentsV1200ResponseInner {
    fn from(value: Roleassignmentdto) -> Self {
        GetRoleAssignmentsV1200ResponseInner::Roleassignmentdto(value)
    }
}
