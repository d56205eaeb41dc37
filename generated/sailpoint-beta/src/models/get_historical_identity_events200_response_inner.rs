//! `GetHistoricalIdentityEvents200ResponseInner`, from `beta/paths/historical-identity-events.yaml#/get/responses/200/content/application~1json/schema/items`.

use crate::models::{
    AccessItemAssociated, AccessItemRemoved, AccessRequested, AccountStatusChanged,
    AttributesChanged, IdentityCertified,
};

/// `GetHistoricalIdentityEvents200ResponseInner` as the spec defines it.
///
/// A value is read as the alternative the evidence points to, not the first that decodes: an
/// object as a struct alternative whose required members it has, each with a kind of value the
/// member reads; first the one its `eventType` names, then the one that fits best
/// (declares all its members and lists its enum values; declares the most of them; lacks the
/// fewest; comes first in the spec). A scalar or list goes to an alternative of its kind.
///
/// A value no alternative fits is kept whole in [`GetHistoricalIdentityEvents200ResponseInner::Other`], and sent back as it came.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum GetHistoricalIdentityEvents200ResponseInner {
    IdentityCertified(IdentityCertified),
    AccessItemAssociated(AccessItemAssociated),
    AccessItemRemoved(AccessItemRemoved),
    AttributesChanged(AttributesChanged),
    AccessRequested(AccessRequested),
    AccountStatusChanged(AccountStatusChanged),
    /// A value none of the alternatives fits, as it came.
    Other(serde_json::Value),
}

/// What each alternative takes, in the variants' order.
const ALTERNATIVES: [crate::union::Alternative; 6] = [
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("certificationId", true, crate::union::ANY, &[]),
            crate::union::Member::new("certificationName", true, crate::union::ANY, &[]),
            crate::union::Member::new("signedDate", false, crate::union::ANY, &[]),
            crate::union::Member::new("certifiers", false, crate::union::ARRAY, &[]),
            crate::union::Member::new("reviewers", false, crate::union::ARRAY, &[]),
            crate::union::Member::new("signer", false, crate::union::OBJECT, &[]),
            crate::union::Member::new("eventType", false, crate::union::ANY, &[]),
            crate::union::Member::new("dateTime", false, crate::union::ANY, &[]),
        ],
        open: false,
        closed: false,
        tag: Some(("eventType", &["IdentityCertified"])),
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("eventType", false, crate::union::ANY, &[]),
            crate::union::Member::new("dateTime", false, crate::union::ANY, &[]),
            crate::union::Member::new("identityId", false, crate::union::ANY, &[]),
            crate::union::Member::new("accessItem", true, crate::union::ANY, &[]),
            crate::union::Member::new(
                "governanceEvent",
                true,
                crate::union::OBJECT,
                &[],
            ),
            crate::union::Member::new(
                "accessItemType",
                false,
                crate::union::STRING,
                &["account", "app", "entitlement", "role", "accessProfile"],
            ),
        ],
        open: false,
        closed: false,
        tag: Some(("eventType", &["AccessItemAssociated"])),
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("accessItem", true, crate::union::ANY, &[]),
            crate::union::Member::new("identityId", false, crate::union::ANY, &[]),
            crate::union::Member::new("eventType", false, crate::union::ANY, &[]),
            crate::union::Member::new("dateTime", false, crate::union::ANY, &[]),
            crate::union::Member::new(
                "accessItemType",
                false,
                crate::union::STRING,
                &["account", "app", "entitlement", "role", "accessProfile"],
            ),
            crate::union::Member::new(
                "governanceEvent",
                false,
                crate::union::OBJECT,
                &[],
            ),
        ],
        open: false,
        closed: false,
        tag: Some(("eventType", &["AccessItemRemoved"])),
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new(
                "attributeChanges",
                true,
                crate::union::ARRAY,
                &[],
            ),
            crate::union::Member::new("eventType", false, crate::union::ANY, &[]),
            crate::union::Member::new("identityId", false, crate::union::ANY, &[]),
            crate::union::Member::new("dateTime", false, crate::union::ANY, &[]),
        ],
        open: false,
        closed: false,
        tag: Some(("eventType", &["AttributesChanged"])),
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("accessRequest", true, crate::union::OBJECT, &[]),
            crate::union::Member::new("identityId", false, crate::union::ANY, &[]),
            crate::union::Member::new("eventType", false, crate::union::ANY, &[]),
            crate::union::Member::new("dateTime", false, crate::union::ANY, &[]),
        ],
        open: false,
        closed: false,
        tag: Some(("eventType", &["AccessRequested"])),
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("eventType", false, crate::union::ANY, &[]),
            crate::union::Member::new("identityId", false, crate::union::ANY, &[]),
            crate::union::Member::new("dateTime", false, crate::union::ANY, &[]),
            crate::union::Member::new("account", true, crate::union::OBJECT, &[]),
            crate::union::Member::new("statusChange", true, crate::union::OBJECT, &[]),
        ],
        open: false,
        closed: false,
        tag: Some(("eventType", &["AccountStatusChanged"])),
    }),
];

impl<'de> serde::Deserialize<'de> for GetHistoricalIdentityEvents200ResponseInner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::union::ranked(&value, &ALTERNATIVES) {
            let decoded = match index {
                0 => {
                    <IdentityCertified as serde::Deserialize>::deserialize(&value)
                        .map(
                            GetHistoricalIdentityEvents200ResponseInner::IdentityCertified,
                        )
                }
                1 => {
                    <AccessItemAssociated as serde::Deserialize>::deserialize(&value)
                        .map(
                            GetHistoricalIdentityEvents200ResponseInner::AccessItemAssociated,
                        )
                }
                2 => {
                    <AccessItemRemoved as serde::Deserialize>::deserialize(&value)
                        .map(
                            GetHistoricalIdentityEvents200ResponseInner::AccessItemRemoved,
                        )
                }
                3 => {
                    <AttributesChanged as serde::Deserialize>::deserialize(&value)
                        .map(
                            GetHistoricalIdentityEvents200ResponseInner::AttributesChanged,
                        )
                }
                4 => {
                    <AccessRequested as serde::Deserialize>::deserialize(&value)
                        .map(
                            GetHistoricalIdentityEvents200ResponseInner::AccessRequested,
                        )
                }
                5 => {
                    <AccountStatusChanged as serde::Deserialize>::deserialize(&value)
                        .map(
                            GetHistoricalIdentityEvents200ResponseInner::AccountStatusChanged,
                        )
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(GetHistoricalIdentityEvents200ResponseInner::Other(value))
    }
}

impl From<IdentityCertified> for GetHistoricalIdentityEvents200ResponseInner {
    fn from(value: IdentityCertified) -> Self {
        GetHistoricalIdentityEvents200ResponseInner::IdentityCertified(value)
    }
}

impl From<AccessItemAssociated> for GetHistoricalIdentityEvents200ResponseInner {
    fn from(value: AccessItemAssociated) -> Self {
        GetHistoricalIdentityEvents200ResponseInner::AccessItemAssociated(value)
    }
}

impl From<AccessItemRemoved> for GetHistoricalIdentityEvents200ResponseInner {
    fn from(value: AccessItemRemoved) -> Self {
        GetHistoricalIdentityEvents200ResponseInner::AccessItemRemoved(value)
    }
}

impl From<AttributesChanged> for GetHistoricalIdentityEvents200ResponseInner {
    fn from(value: AttributesChanged) -> Self {
        GetHistoricalIdentityEvents200ResponseInner::AttributesChanged(value)
    }
}

impl From<AccessRequested> for GetHistoricalIdentityEvents200ResponseInner {
    fn from(value: AccessRequested) -> Self {
        GetHistoricalIdentityEvents200ResponseInner::AccessRequested(value)
    }
}

impl From<AccountStatusChanged> for GetHistoricalIdentityEvents200ResponseInner {
    fn from(value: AccountStatusChanged) -> Self {
        GetHistoricalIdentityEvents200ResponseInner::AccountStatusChanged(value)
    }
}
