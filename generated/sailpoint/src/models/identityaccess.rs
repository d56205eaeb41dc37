//! `Identityaccess`, from `apis/search/schemas/identityaccess.yaml`.

use crate::models::{Accessprofileentitlement, Accessprofilerole, Accessprofilesummary};

/// `Identityaccess` as the spec defines it.
///
/// A value is read as the alternative the evidence points to, not the first that decodes: an
/// object as a struct alternative whose required members it has, each with a kind of value the
/// member reads; first the one its `type` names, then the one that fits best
/// (declares all its members and lists its enum values; declares the most of them; lacks the
/// fewest; comes first in the spec). A scalar or list goes to an alternative of its kind.
///
/// A value no alternative fits is kept whole in [`Identityaccess::Other`], and sent back as it came.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum Identityaccess {
    Accessprofilesummary(Accessprofilesummary),
    Accessprofileentitlement(Accessprofileentitlement),
    Accessprofilerole(Accessprofilerole),
    /// A value none of the alternatives fits, as it came.
    Other(serde_json::Value),
}

/// What each alternative takes, in the variants' order.
const ALTERNATIVES: [crate::union::Alternative; 3] = [
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("id", false, crate::union::ANY, &[]),
            crate::union::Member::new("name", false, crate::union::ANY, &[]),
            crate::union::Member::new("displayName", false, crate::union::ANY, &[]),
            crate::union::Member::new("description", false, crate::union::ANY, &[]),
            crate::union::Member::new("type", false, crate::union::ANY, &[]),
            crate::union::Member::new("source", false, crate::union::OBJECT, &[]),
            crate::union::Member::new("owner", false, crate::union::OBJECT, &[]),
            crate::union::Member::new(
                "revocable",
                false,
                crate::union::BOOLEAN | crate::union::STRING,
                &[],
            ),
        ],
        open: false,
        closed: false,
        tag: Some(("type", &["ACCESS_PROFILE"])),
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("id", false, crate::union::ANY, &[]),
            crate::union::Member::new("name", false, crate::union::ANY, &[]),
            crate::union::Member::new("displayName", false, crate::union::ANY, &[]),
            crate::union::Member::new("description", false, crate::union::ANY, &[]),
            crate::union::Member::new("source", false, crate::union::OBJECT, &[]),
            crate::union::Member::new("type", false, crate::union::ANY, &[]),
            crate::union::Member::new(
                "privileged",
                false,
                crate::union::BOOLEAN | crate::union::STRING,
                &[],
            ),
            crate::union::Member::new("attribute", false, crate::union::ANY, &[]),
            crate::union::Member::new("value", false, crate::union::ANY, &[]),
            crate::union::Member::new(
                "standalone",
                false,
                crate::union::BOOLEAN | crate::union::STRING,
                &[],
            ),
        ],
        open: false,
        closed: false,
        tag: Some(("type", &["ENTITLEMENT"])),
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("id", false, crate::union::ANY, &[]),
            crate::union::Member::new("name", false, crate::union::ANY, &[]),
            crate::union::Member::new("displayName", false, crate::union::ANY, &[]),
            crate::union::Member::new("description", false, crate::union::ANY, &[]),
            crate::union::Member::new("type", false, crate::union::ANY, &[]),
            crate::union::Member::new("owner", false, crate::union::OBJECT, &[]),
            crate::union::Member::new(
                "disabled",
                false,
                crate::union::BOOLEAN | crate::union::STRING,
                &[],
            ),
            crate::union::Member::new(
                "revocable",
                false,
                crate::union::BOOLEAN | crate::union::STRING,
                &[],
            ),
        ],
        open: false,
        closed: false,
        tag: Some(("type", &["ROLE"])),
    }),
];

impl<'de> serde::Deserialize<'de> for Identityaccess {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::union::ranked(&value, &ALTERNATIVES) {
            let decoded = match index {
                0 => {
                    <Accessprofilesummary as serde::Deserialize>::deserialize(&value)
                        .map(Identityaccess::Accessprofilesummary)
                }
                1 => {
                    <Accessprofileentitlement as serde::Deserialize>::deserialize(&value)
                        .map(Identityaccess::Accessprofileentitlement)
                }
                2 => {
                    <Accessprofilerole as serde::Deserialize>::deserialize(&value)
                        .map(Identityaccess::Accessprofilerole)
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(Identityaccess::Other(value))
    }
}

impl From<Accessprofilesummary> for Identityaccess {
    fn from(value: Accessprofilesummary) -> Self {
        Identityaccess::Accessprofilesummary(value)
    }
}

impl From<Accessprofileentitlement> for Identityaccess {
    fn from(value: Accessprofileentitlement) -> Self {
        Identityaccess::Accessprofileentitlement(value)
    }
}

impl From<Accessprofilerole> for Identityaccess {
    fn from(value: Accessprofilerole) -> Self {
        Identityaccess::Accessprofilerole(value)
    }
}
