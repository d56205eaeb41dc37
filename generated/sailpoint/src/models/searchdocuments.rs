//! `Searchdocuments`, from `apis/search/schemas/searchdocuments.yaml`.

use crate::models::{
    Accessprofiledocuments, Accountactivitydocuments, Entitlementdocuments,
    Eventdocuments, Identitydocuments, Roledocuments,
};

/// `Searchdocuments` as the spec defines it.
///
/// A value is read as the alternative the evidence points to, not the first that decodes: an
/// object as a struct alternative whose required members it has, each with a kind of value the
/// member reads, then the one that fits best
/// (declares all its members and lists its enum values; declares the most of them; lacks the
/// fewest; comes first in the spec). A scalar or list goes to an alternative of its kind.
///
/// A value no alternative fits is kept whole in [`Searchdocuments::Other`], and sent back as it came.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum Searchdocuments {
    Accessprofiledocuments(Accessprofiledocuments),
    Accountactivitydocuments(Accountactivitydocuments),
    Entitlementdocuments(Entitlementdocuments),
    Eventdocuments(Eventdocuments),
    Identitydocuments(Identitydocuments),
    Roledocuments(Roledocuments),
    /// A value none of the alternatives fits, as it came.
    Other(serde_json::Value),
}

/// What each alternative takes, in the variants' order.
const ALTERNATIVES: [crate::union::Alternative; 6] = [
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("description", false, crate::union::ANY, &[]),
            crate::union::Member::new(
                "created",
                false,
                crate::union::STRING | crate::union::NUMBER,
                &[],
            ),
            crate::union::Member::new(
                "modified",
                false,
                crate::union::STRING | crate::union::NUMBER,
                &[],
            ),
            crate::union::Member::new(
                "synced",
                false,
                crate::union::STRING | crate::union::NUMBER,
                &[],
            ),
            crate::union::Member::new(
                "enabled",
                false,
                crate::union::BOOLEAN | crate::union::STRING,
                &[],
            ),
            crate::union::Member::new(
                "requestable",
                false,
                crate::union::BOOLEAN | crate::union::STRING,
                &[],
            ),
            crate::union::Member::new(
                "requestCommentsRequired",
                false,
                crate::union::BOOLEAN | crate::union::STRING,
                &[],
            ),
            crate::union::Member::new("owner", false, crate::union::OBJECT, &[]),
            crate::union::Member::new("id", true, crate::union::ANY, &[]),
            crate::union::Member::new("name", true, crate::union::ANY, &[]),
            crate::union::Member::new("source", false, crate::union::OBJECT, &[]),
            crate::union::Member::new("entitlements", false, crate::union::ARRAY, &[]),
            crate::union::Member::new(
                "entitlementCount",
                false,
                crate::union::NUMBER,
                &[],
            ),
            crate::union::Member::new("segments", false, crate::union::ARRAY, &[]),
            crate::union::Member::new("segmentCount", false, crate::union::NUMBER, &[]),
            crate::union::Member::new("tags", false, crate::union::ARRAY, &[]),
            crate::union::Member::new("apps", false, crate::union::ARRAY, &[]),
            crate::union::Member::new("pod", false, crate::union::ANY, &[]),
            crate::union::Member::new("org", false, crate::union::ANY, &[]),
            crate::union::Member::new(
                "_type",
                false,
                crate::union::STRING,
                &[
                    "accessprofile",
                    "accountactivity",
                    "entitlement",
                    "event",
                    "identity",
                    "role",
                ],
            ),
            crate::union::Member::new(
                "type",
                false,
                crate::union::STRING,
                &[
                    "accessprofile",
                    "accountactivity",
                    "entitlement",
                    "event",
                    "identity",
                    "role",
                ],
            ),
            crate::union::Member::new("_version", false, crate::union::ANY, &[]),
        ],
        open: false,
        closed: false,
        tag: None,
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("id", false, crate::union::ANY, &[]),
            crate::union::Member::new("action", false, crate::union::ANY, &[]),
            crate::union::Member::new(
                "created",
                false,
                crate::union::STRING | crate::union::NUMBER,
                &[],
            ),
            crate::union::Member::new(
                "modified",
                false,
                crate::union::STRING | crate::union::NUMBER,
                &[],
            ),
            crate::union::Member::new("synced", false, crate::union::ANY, &[]),
            crate::union::Member::new("stage", false, crate::union::ANY, &[]),
            crate::union::Member::new("status", false, crate::union::ANY, &[]),
            crate::union::Member::new("requester", false, crate::union::OBJECT, &[]),
            crate::union::Member::new("recipient", false, crate::union::OBJECT, &[]),
            crate::union::Member::new("trackingNumber", false, crate::union::ANY, &[]),
            crate::union::Member::new("errors", false, crate::union::ARRAY, &[]),
            crate::union::Member::new("warnings", false, crate::union::ARRAY, &[]),
            crate::union::Member::new("approvals", false, crate::union::ARRAY, &[]),
            crate::union::Member::new(
                "originalRequests",
                false,
                crate::union::ARRAY,
                &[],
            ),
            crate::union::Member::new("expansionItems", false, crate::union::ARRAY, &[]),
            crate::union::Member::new(
                "accountRequests",
                false,
                crate::union::ARRAY,
                &[],
            ),
            crate::union::Member::new("sources", false, crate::union::ANY, &[]),
            crate::union::Member::new("pod", false, crate::union::ANY, &[]),
            crate::union::Member::new("org", false, crate::union::ANY, &[]),
            crate::union::Member::new(
                "_type",
                false,
                crate::union::STRING,
                &[
                    "accessprofile",
                    "accountactivity",
                    "entitlement",
                    "event",
                    "identity",
                    "role",
                ],
            ),
            crate::union::Member::new(
                "type",
                false,
                crate::union::STRING,
                &[
                    "accessprofile",
                    "accountactivity",
                    "entitlement",
                    "event",
                    "identity",
                    "role",
                ],
            ),
            crate::union::Member::new("_version", false, crate::union::ANY, &[]),
        ],
        open: false,
        closed: false,
        tag: None,
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("id", true, crate::union::ANY, &[]),
            crate::union::Member::new("name", true, crate::union::ANY, &[]),
            crate::union::Member::new(
                "modified",
                false,
                crate::union::STRING | crate::union::NUMBER,
                &[],
            ),
            crate::union::Member::new("synced", false, crate::union::ANY, &[]),
            crate::union::Member::new("displayName", false, crate::union::ANY, &[]),
            crate::union::Member::new("source", false, crate::union::OBJECT, &[]),
            crate::union::Member::new("segments", false, crate::union::ARRAY, &[]),
            crate::union::Member::new("segmentCount", false, crate::union::NUMBER, &[]),
            crate::union::Member::new(
                "requestable",
                false,
                crate::union::BOOLEAN | crate::union::STRING,
                &[],
            ),
            crate::union::Member::new(
                "cloudGoverned",
                false,
                crate::union::BOOLEAN | crate::union::STRING,
                &[],
            ),
            crate::union::Member::new(
                "created",
                false,
                crate::union::STRING | crate::union::NUMBER,
                &[],
            ),
            crate::union::Member::new(
                "privileged",
                false,
                crate::union::BOOLEAN | crate::union::STRING,
                &[],
            ),
            crate::union::Member::new("tags", false, crate::union::ARRAY, &[]),
            crate::union::Member::new("attribute", false, crate::union::ANY, &[]),
            crate::union::Member::new("value", false, crate::union::ANY, &[]),
            crate::union::Member::new(
                "sourceSchemaObjectType",
                false,
                crate::union::ANY,
                &[],
            ),
            crate::union::Member::new("schema", false, crate::union::ANY, &[]),
            crate::union::Member::new("hash", false, crate::union::ANY, &[]),
            crate::union::Member::new("attributes", false, crate::union::OBJECT, &[]),
            crate::union::Member::new(
                "truncatedAttributes",
                false,
                crate::union::ARRAY,
                &[],
            ),
            crate::union::Member::new(
                "containsDataAccess",
                false,
                crate::union::BOOLEAN | crate::union::STRING,
                &[],
            ),
            crate::union::Member::new(
                "manuallyUpdatedFields",
                false,
                crate::union::OBJECT,
                &[],
            ),
            crate::union::Member::new("permissions", false, crate::union::ARRAY, &[]),
            crate::union::Member::new("pod", false, crate::union::ANY, &[]),
            crate::union::Member::new("org", false, crate::union::ANY, &[]),
            crate::union::Member::new(
                "_type",
                false,
                crate::union::STRING,
                &[
                    "accessprofile",
                    "accountactivity",
                    "entitlement",
                    "event",
                    "identity",
                    "role",
                ],
            ),
            crate::union::Member::new(
                "type",
                false,
                crate::union::STRING,
                &[
                    "accessprofile",
                    "accountactivity",
                    "entitlement",
                    "event",
                    "identity",
                    "role",
                ],
            ),
            crate::union::Member::new("_version", false, crate::union::ANY, &[]),
        ],
        open: false,
        closed: false,
        tag: None,
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("id", false, crate::union::ANY, &[]),
            crate::union::Member::new("name", false, crate::union::ANY, &[]),
            crate::union::Member::new(
                "created",
                false,
                crate::union::STRING | crate::union::NUMBER,
                &[],
            ),
            crate::union::Member::new("synced", false, crate::union::ANY, &[]),
            crate::union::Member::new("action", false, crate::union::ANY, &[]),
            crate::union::Member::new("type", false, crate::union::ANY, &[]),
            crate::union::Member::new("actor", false, crate::union::OBJECT, &[]),
            crate::union::Member::new("target", false, crate::union::OBJECT, &[]),
            crate::union::Member::new("stack", false, crate::union::ANY, &[]),
            crate::union::Member::new("trackingNumber", false, crate::union::ANY, &[]),
            crate::union::Member::new("ipAddress", false, crate::union::ANY, &[]),
            crate::union::Member::new("details", false, crate::union::ANY, &[]),
            crate::union::Member::new("attributes", false, crate::union::OBJECT, &[]),
            crate::union::Member::new("objects", false, crate::union::ARRAY, &[]),
            crate::union::Member::new("operation", false, crate::union::ANY, &[]),
            crate::union::Member::new("status", false, crate::union::ANY, &[]),
            crate::union::Member::new("technicalName", false, crate::union::ANY, &[]),
            crate::union::Member::new("pod", false, crate::union::ANY, &[]),
            crate::union::Member::new("org", false, crate::union::ANY, &[]),
            crate::union::Member::new(
                "_type",
                false,
                crate::union::STRING,
                &[
                    "accessprofile",
                    "accountactivity",
                    "entitlement",
                    "event",
                    "identity",
                    "role",
                ],
            ),
            crate::union::Member::new("_version", false, crate::union::ANY, &[]),
        ],
        open: false,
        closed: false,
        tag: None,
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("id", true, crate::union::ANY, &[]),
            crate::union::Member::new("name", true, crate::union::ANY, &[]),
            crate::union::Member::new("displayName", false, crate::union::ANY, &[]),
            crate::union::Member::new("firstName", false, crate::union::ANY, &[]),
            crate::union::Member::new("lastName", false, crate::union::ANY, &[]),
            crate::union::Member::new("email", false, crate::union::ANY, &[]),
            crate::union::Member::new(
                "created",
                false,
                crate::union::STRING | crate::union::NUMBER,
                &[],
            ),
            crate::union::Member::new(
                "modified",
                false,
                crate::union::STRING | crate::union::NUMBER,
                &[],
            ),
            crate::union::Member::new("phone", false, crate::union::ANY, &[]),
            crate::union::Member::new("synced", false, crate::union::ANY, &[]),
            crate::union::Member::new(
                "inactive",
                false,
                crate::union::BOOLEAN | crate::union::STRING,
                &[],
            ),
            crate::union::Member::new(
                "protected",
                false,
                crate::union::BOOLEAN | crate::union::STRING,
                &[],
            ),
            crate::union::Member::new("status", false, crate::union::ANY, &[]),
            crate::union::Member::new("employeeNumber", false, crate::union::ANY, &[]),
            crate::union::Member::new("manager", false, crate::union::OBJECT, &[]),
            crate::union::Member::new(
                "isManager",
                false,
                crate::union::BOOLEAN | crate::union::STRING,
                &[],
            ),
            crate::union::Member::new(
                "identityProfile",
                false,
                crate::union::OBJECT,
                &[],
            ),
            crate::union::Member::new("source", false, crate::union::OBJECT, &[]),
            crate::union::Member::new("attributes", false, crate::union::OBJECT, &[]),
            crate::union::Member::new(
                "disabled",
                false,
                crate::union::BOOLEAN | crate::union::STRING,
                &[],
            ),
            crate::union::Member::new(
                "locked",
                false,
                crate::union::BOOLEAN | crate::union::STRING,
                &[],
            ),
            crate::union::Member::new("processingState", false, crate::union::ANY, &[]),
            crate::union::Member::new(
                "processingDetails",
                false,
                crate::union::OBJECT,
                &[],
            ),
            crate::union::Member::new("accounts", false, crate::union::ARRAY, &[]),
            crate::union::Member::new("accountCount", false, crate::union::NUMBER, &[]),
            crate::union::Member::new("apps", false, crate::union::ARRAY, &[]),
            crate::union::Member::new("appCount", false, crate::union::NUMBER, &[]),
            crate::union::Member::new("access", false, crate::union::ARRAY, &[]),
            crate::union::Member::new("accessCount", false, crate::union::NUMBER, &[]),
            crate::union::Member::new(
                "entitlementCount",
                false,
                crate::union::NUMBER,
                &[],
            ),
            crate::union::Member::new("roleCount", false, crate::union::NUMBER, &[]),
            crate::union::Member::new(
                "accessProfileCount",
                false,
                crate::union::NUMBER,
                &[],
            ),
            crate::union::Member::new("owns", false, crate::union::ARRAY, &[]),
            crate::union::Member::new("ownsCount", false, crate::union::NUMBER, &[]),
            crate::union::Member::new("tags", false, crate::union::ARRAY, &[]),
            crate::union::Member::new("tagsCount", false, crate::union::NUMBER, &[]),
            crate::union::Member::new(
                "visibleSegments",
                false,
                crate::union::ARRAY,
                &[],
            ),
            crate::union::Member::new(
                "visibleSegmentCount",
                false,
                crate::union::NUMBER,
                &[],
            ),
            crate::union::Member::new("pod", false, crate::union::ANY, &[]),
            crate::union::Member::new("org", false, crate::union::ANY, &[]),
            crate::union::Member::new(
                "_type",
                false,
                crate::union::STRING,
                &[
                    "accessprofile",
                    "accountactivity",
                    "entitlement",
                    "event",
                    "identity",
                    "role",
                ],
            ),
            crate::union::Member::new(
                "type",
                false,
                crate::union::STRING,
                &[
                    "accessprofile",
                    "accountactivity",
                    "entitlement",
                    "event",
                    "identity",
                    "role",
                ],
            ),
            crate::union::Member::new("_version", false, crate::union::ANY, &[]),
        ],
        open: false,
        closed: false,
        tag: None,
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("description", false, crate::union::ANY, &[]),
            crate::union::Member::new(
                "created",
                false,
                crate::union::STRING | crate::union::NUMBER,
                &[],
            ),
            crate::union::Member::new(
                "modified",
                false,
                crate::union::STRING | crate::union::NUMBER,
                &[],
            ),
            crate::union::Member::new(
                "synced",
                false,
                crate::union::STRING | crate::union::NUMBER,
                &[],
            ),
            crate::union::Member::new(
                "enabled",
                false,
                crate::union::BOOLEAN | crate::union::STRING,
                &[],
            ),
            crate::union::Member::new(
                "requestable",
                false,
                crate::union::BOOLEAN | crate::union::STRING,
                &[],
            ),
            crate::union::Member::new(
                "requestCommentsRequired",
                false,
                crate::union::BOOLEAN | crate::union::STRING,
                &[],
            ),
            crate::union::Member::new("owner", false, crate::union::OBJECT, &[]),
            crate::union::Member::new("id", true, crate::union::ANY, &[]),
            crate::union::Member::new("name", true, crate::union::ANY, &[]),
            crate::union::Member::new("accessProfiles", false, crate::union::ARRAY, &[]),
            crate::union::Member::new(
                "accessProfileCount",
                false,
                crate::union::NUMBER,
                &[],
            ),
            crate::union::Member::new("tags", false, crate::union::ARRAY, &[]),
            crate::union::Member::new("segments", false, crate::union::ARRAY, &[]),
            crate::union::Member::new("segmentCount", false, crate::union::NUMBER, &[]),
            crate::union::Member::new("entitlements", false, crate::union::ARRAY, &[]),
            crate::union::Member::new(
                "entitlementCount",
                false,
                crate::union::NUMBER,
                &[],
            ),
            crate::union::Member::new(
                "dimensional",
                false,
                crate::union::BOOLEAN | crate::union::STRING,
                &[],
            ),
            crate::union::Member::new(
                "dimensionSchemaAttributeCount",
                false,
                crate::union::NUMBER,
                &[],
            ),
            crate::union::Member::new(
                "dimensionSchemaAttributes",
                false,
                crate::union::ARRAY,
                &[],
            ),
            crate::union::Member::new("dimensions", false, crate::union::ARRAY, &[]),
            crate::union::Member::new("pod", false, crate::union::ANY, &[]),
            crate::union::Member::new("org", false, crate::union::ANY, &[]),
            crate::union::Member::new(
                "_type",
                false,
                crate::union::STRING,
                &[
                    "accessprofile",
                    "accountactivity",
                    "entitlement",
                    "event",
                    "identity",
                    "role",
                ],
            ),
            crate::union::Member::new(
                "type",
                false,
                crate::union::STRING,
                &[
                    "accessprofile",
                    "accountactivity",
                    "entitlement",
                    "event",
                    "identity",
                    "role",
                ],
            ),
            crate::union::Member::new("_version", false, crate::union::ANY, &[]),
        ],
        open: false,
        closed: false,
        tag: None,
    }),
];

impl<'de> serde::Deserialize<'de> for Searchdocuments {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::union::ranked(&value, &ALTERNATIVES) {
            let decoded = match index {
                0 => {
                    <Accessprofiledocuments as serde::Deserialize>::deserialize(&value)
                        .map(Searchdocuments::Accessprofiledocuments)
                }
                1 => {
                    <Accountactivitydocuments as serde::Deserialize>::deserialize(&value)
                        .map(Searchdocuments::Accountactivitydocuments)
                }
                2 => {
                    <Entitlementdocuments as serde::Deserialize>::deserialize(&value)
                        .map(Searchdocuments::Entitlementdocuments)
                }
                3 => {
                    <Eventdocuments as serde::Deserialize>::deserialize(&value)
                        .map(Searchdocuments::Eventdocuments)
                }
                4 => {
                    <Identitydocuments as serde::Deserialize>::deserialize(&value)
                        .map(Searchdocuments::Identitydocuments)
                }
                5 => {
                    <Roledocuments as serde::Deserialize>::deserialize(&value)
                        .map(Searchdocuments::Roledocuments)
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(Searchdocuments::Other(value))
    }
}

impl From<Accessprofiledocuments> for Searchdocuments {
    fn from(value: Accessprofiledocuments) -> Self {
        Searchdocuments::Accessprofiledocuments(value)
    }
}

impl From<Accountactivitydocuments> for Searchdocuments {
    fn from(value: Accountactivitydocuments) -> Self {
        Searchdocuments::Accountactivitydocuments(value)
    }
}

impl From<Entitlementdocuments> for Searchdocuments {
    fn from(value: Entitlementdocuments) -> Self {
        Searchdocuments::Entitlementdocuments(value)
    }
}

impl From<Eventdocuments> for Searchdocuments {
    fn from(value: Eventdocuments) -> Self {
        Searchdocuments::Eventdocuments(value)
    }
}

impl From<Identitydocuments> for Searchdocuments {
    fn from(value: Identitydocuments) -> Self {
        Searchdocuments::Identitydocuments(value)
    }
}

impl From<Roledocuments> for Searchdocuments {
    fn from(value: Roledocuments) -> Self {
        Searchdocuments::Roledocuments(value)
    }
}
