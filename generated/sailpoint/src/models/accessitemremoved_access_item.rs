//! `AccessitemremovedAccessItem`, from `apis/identity-history/schemas/accessitemremoved.yaml#/properties/accessItem`.

use crate::models::{
    Accessitemaccessprofileresponse, Accessitemaccountresponse, Accessitemappresponse,
    Accessitementitlementresponse, Accessitemroleresponse,
};

/// `AccessitemremovedAccessItem` as the spec defines it.
///
/// A value is read as the alternative the evidence points to, not the first that decodes: an
/// object as a struct alternative whose required members it has, each with a kind of value the
/// member reads; first the one its `accessType` names, then the one that fits best
/// (declares all its members and lists its enum values; declares the most of them; lacks the
/// fewest; comes first in the spec). A scalar or list goes to an alternative of its kind.
///
/// A value no alternative fits is kept whole in [`AccessitemremovedAccessItem::Other`], and sent back as it came.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum AccessitemremovedAccessItem {
    Accessitementitlementresponse(Accessitementitlementresponse),
    Accessitemaccessprofileresponse(Accessitemaccessprofileresponse),
    Accessitemaccountresponse(Accessitemaccountresponse),
    Accessitemroleresponse(Accessitemroleresponse),
    Accessitemappresponse(Accessitemappresponse),
    /// A value none of the alternatives fits, as it came.
    Other(serde_json::Value),
}

/// What each alternative takes, in the variants' order.
const ALTERNATIVES: [crate::union::Alternative; 5] = [
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("id", false, crate::union::ANY, &[]),
            crate::union::Member::new("accessType", false, crate::union::ANY, &[]),
            crate::union::Member::new("displayName", false, crate::union::ANY, &[]),
            crate::union::Member::new("sourceName", false, crate::union::ANY, &[]),
            crate::union::Member::new("attribute", true, crate::union::ANY, &[]),
            crate::union::Member::new("value", true, crate::union::ANY, &[]),
            crate::union::Member::new("type", true, crate::union::ANY, &[]),
            crate::union::Member::new("description", false, crate::union::ANY, &[]),
            crate::union::Member::new("sourceId", false, crate::union::ANY, &[]),
            crate::union::Member::new(
                "standalone",
                true,
                crate::union::BOOLEAN | crate::union::STRING,
                &[],
            ),
            crate::union::Member::new(
                "privileged",
                true,
                crate::union::BOOLEAN | crate::union::STRING,
                &[],
            ),
            crate::union::Member::new(
                "cloudGoverned",
                true,
                crate::union::BOOLEAN | crate::union::STRING,
                &[],
            ),
        ],
        open: false,
        closed: false,
        tag: Some(("accessType", &["entitlement"])),
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("id", false, crate::union::ANY, &[]),
            crate::union::Member::new("accessType", false, crate::union::ANY, &[]),
            crate::union::Member::new("displayName", false, crate::union::ANY, &[]),
            crate::union::Member::new("sourceName", false, crate::union::ANY, &[]),
            crate::union::Member::new(
                "entitlementCount",
                true,
                crate::union::NUMBER,
                &[],
            ),
            crate::union::Member::new("description", false, crate::union::ANY, &[]),
            crate::union::Member::new("sourceId", false, crate::union::ANY, &[]),
            crate::union::Member::new("appRefs", true, crate::union::ARRAY, &[]),
            crate::union::Member::new("startDate", false, crate::union::ANY, &[]),
            crate::union::Member::new("removeDate", false, crate::union::ANY, &[]),
            crate::union::Member::new(
                "standalone",
                true,
                crate::union::BOOLEAN | crate::union::STRING,
                &[],
            ),
            crate::union::Member::new(
                "revocable",
                true,
                crate::union::BOOLEAN | crate::union::STRING,
                &[],
            ),
        ],
        open: false,
        closed: false,
        tag: Some(("accessType", &["accessProfile"])),
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("id", false, crate::union::ANY, &[]),
            crate::union::Member::new("accessType", false, crate::union::ANY, &[]),
            crate::union::Member::new("displayName", false, crate::union::ANY, &[]),
            crate::union::Member::new("sourceName", false, crate::union::ANY, &[]),
            crate::union::Member::new("nativeIdentity", true, crate::union::ANY, &[]),
            crate::union::Member::new("sourceId", false, crate::union::ANY, &[]),
            crate::union::Member::new(
                "entitlementCount",
                false,
                crate::union::NUMBER,
                &[],
            ),
        ],
        open: false,
        closed: false,
        tag: Some(("accessType", &["account"])),
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("id", false, crate::union::ANY, &[]),
            crate::union::Member::new("accessType", false, crate::union::ANY, &[]),
            crate::union::Member::new("displayName", false, crate::union::ANY, &[]),
            crate::union::Member::new("sourceName", false, crate::union::ANY, &[]),
            crate::union::Member::new("description", false, crate::union::ANY, &[]),
            crate::union::Member::new("startDate", false, crate::union::ANY, &[]),
            crate::union::Member::new("removeDate", false, crate::union::ANY, &[]),
            crate::union::Member::new(
                "revocable",
                true,
                crate::union::BOOLEAN | crate::union::STRING,
                &[],
            ),
        ],
        open: false,
        closed: false,
        tag: Some(("accessType", &["role"])),
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("id", false, crate::union::ANY, &[]),
            crate::union::Member::new("accessType", false, crate::union::ANY, &[]),
            crate::union::Member::new("displayName", false, crate::union::ANY, &[]),
            crate::union::Member::new("sourceName", false, crate::union::ANY, &[]),
            crate::union::Member::new("appRoleId", true, crate::union::ANY, &[]),
        ],
        open: false,
        closed: false,
        tag: Some(("accessType", &["app"])),
    }),
];

impl<'de> serde::Deserialize<'de> for AccessitemremovedAccessItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::union::ranked(&value, &ALTERNATIVES) {
            let decoded = match index {
                0 => {
                    <Accessitementitlementresponse as serde::Deserialize>::deserialize(
                            &value,
                        )
                        .map(AccessitemremovedAccessItem::Accessitementitlementresponse)
                }
                1 => {
                    <Accessitemaccessprofileresponse as serde::Deserialize>::deserialize(
                            &value,
                        )
                        .map(
                            AccessitemremovedAccessItem::Accessitemaccessprofileresponse,
                        )
                }
                2 => {
                    <Accessitemaccountresponse as serde::Deserialize>::deserialize(
                            &value,
                        )
                        .map(AccessitemremovedAccessItem::Accessitemaccountresponse)
                }
                3 => {
                    <Accessitemroleresponse as serde::Deserialize>::deserialize(&value)
                        .map(AccessitemremovedAccessItem::Accessitemroleresponse)
                }
                4 => {
                    <Accessitemappresponse as serde::Deserialize>::deserialize(&value)
                        .map(AccessitemremovedAccessItem::Accessitemappresponse)
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(AccessitemremovedAccessItem::Other(value))
    }
}

impl From<Accessitementitlementresponse> for AccessitemremovedAccessItem {
    fn from(value: Accessitementitlementresponse) -> Self {
        AccessitemremovedAccessItem::Accessitementitlementresponse(value)
    }
}

impl From<Accessitemaccessprofileresponse> for AccessitemremovedAccessItem {
    fn from(value: Accessitemaccessprofileresponse) -> Self {
        AccessitemremovedAccessItem::Accessitemaccessprofileresponse(value)
    }
}

impl From<Accessitemaccountresponse> for AccessitemremovedAccessItem {
    fn from(value: Accessitemaccountresponse) -> Self {
        AccessitemremovedAccessItem::Accessitemaccountresponse(value)
    }
}

impl From<Accessitemroleresponse> for AccessitemremovedAccessItem {
    fn from(value: Accessitemroleresponse) -> Self {
        AccessitemremovedAccessItem::Accessitemroleresponse(value)
    }
}

impl From<Accessitemappresponse> for AccessitemremovedAccessItem {
    fn from(value: Accessitemappresponse) -> Self {
        AccessitemremovedAccessItem::Accessitemappresponse(value)
    }
}
