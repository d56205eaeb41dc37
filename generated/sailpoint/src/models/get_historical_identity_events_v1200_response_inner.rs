//! `GetHistoricalIdentityEventsV1200ResponseInner`, from `apis/identity-history/paths/historical-identities-v1-by-id-events.yaml#/get/responses/200/content/application~1json/schema/items`.

use crate::models::{
    Accessitemassociated, Accessitemremoved, Accessrequested, Accountstatuschanged,
    Attributeschanged, Identitycertified,
};

/// `GetHistoricalIdentityEventsV1200ResponseInner` as the spec defines it.
///
/// A value is read as the alternative the evidence points to, not the first that decodes: an
/// object as a struct alternative whose required members it has, each with a kind of value the
/// member reads; first the one its `eventType` names, then the one that fits best
/// (declares all its members and lists its enum values; declares the most of them; lacks the
/// fewest; comes first in the spec). A scalar or list goes to an alternative of its kind.
///
/// A value no alternative fits is kept whole in [`GetHistoricalIdentityEventsV1200ResponseInner::Other`], and sent back as it came.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum GetHistoricalIdentityEventsV1200ResponseInner {
    Identitycertified(Identitycertified),
    Accessitemassociated(Accessitemassociated),
    Accessitemremoved(Accessitemremoved),
    Attributeschanged(Attributeschanged),
    Accessrequested(Accessrequested),
    Accountstatuschanged(Accountstatuschanged),
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

impl<'de> serde::Deserialize<'de> for GetHistoricalIdentityEventsV1200ResponseInner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::union::ranked(&value, &ALTERNATIVES) {
            let decoded = match index {
                0 => {
                    <Identitycertified as serde::Deserialize>::deserialize(&value)
                        .map(
                            GetHistoricalIdentityEventsV1200ResponseInner::Identitycertified,
                        )
                }
                1 => {
                    <Accessitemassociated as serde::Deserialize>::deserialize(&value)
                        .map(
                            GetHistoricalIdentityEventsV1200ResponseInner::Accessitemassociated,
                        )
                }
                2 => {
                    <Accessitemremoved as serde::Deserialize>::deserialize(&value)
                        .map(
                            GetHistoricalIdentityEventsV1200ResponseInner::Accessitemremoved,
                        )
                }
                3 => {
                    <Attributeschanged as serde::Deserialize>::deserialize(&value)
                        .map(
                            GetHistoricalIdentityEventsV1200ResponseInner::Attributeschanged,
                        )
                }
                4 => {
                    <Accessrequested as serde::Deserialize>::deserialize(&value)
                        .map(
                            GetHistoricalIdentityEventsV1200ResponseInner::Accessrequested,
                        )
                }
                5 => {
                    <Accountstatuschanged as serde::Deserialize>::deserialize(&value)
                        .map(
                            GetHistoricalIdentityEventsV1200ResponseInner::Accountstatuschanged,
                        )
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(GetHistoricalIdentityEventsV1200ResponseInner::Other(value))
    }
}

impl From<Identitycertified> for GetHistoricalIdentityEventsV1200ResponseInner {
    fn from(value: Identitycertified) -> Self {
        GetHistoricalIdentityEventsV1200ResponseInner::Identitycertified(value)
    }
}

impl From<Accessitemassociated> for GetHistoricalIdentityEventsV1200ResponseInner {
    fn from(value: Accessitemassociated) -> Self {
        GetHistoricalIdentityEventsV1200ResponseInner::Accessitemassociated(value)
    }
}

impl From<Accessitemremoved> for GetHistoricalIdentityEventsV1200ResponseInner {
    fn from(value: Accessitemremoved) -> Self {
        GetHistoricalIdentityEventsV1200ResponseInner::Accessitemremoved(value)
    }
}

impl From<Attributeschanged> for GetHistoricalIdentityEventsV1200ResponseInner {
    fn from(value: Attributeschanged) -> Self {
        GetHistoricalIdentityEventsV1200ResponseInner::Attributeschanged(value)
    }
}

impl From<Accessrequested> for GetHistoricalIdentityEventsV1200ResponseInner {
    fn from(value: Accessrequested) -> Self {
        GetHistoricalIdentityEventsV1200ResponseInner::Accessrequested(value)
    }
}

impl From<Accountstatuschanged> for GetHistoricalIdentityEventsV1200ResponseInner {
    fn from(value: Accountstatuschanged) -> Self {
        GetHistoricalIdentityEventsV1200ResponseInner::Accountstatuschanged(value)
    }
}
