//! `Searchdocument`, from `apis/search/schemas/searchdocument.yaml`.

use crate::models::{
    Accessprofiledocument, Accountactivitydocument, Entitlementdocument, Eventdocument,
    Identitydocument, Roledocument,
};

/// `Searchdocument` as the spec defines it.
///
/// A value is read as the alternative the evidence points to, not the first that decodes: an
/// object as a struct alternative whose required members it has, each with a kind of value the
/// member reads, then the one that fits best
/// (declares all its members and lists its enum values; declares the most of them; lacks the
/// fewest; comes first in the spec). A scalar or list goes to an alternative of its kind.
///
/// A value no alternative fits is kept whole in [`Searchdocument::Other`], and sent back as it came.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum Searchdocument {
    Accessprofiledocument(Accessprofiledocument),
    Accountactivitydocument(Accountactivitydocument),
    Entitlementdocument(Entitlementdocument),
    Eventdocument(Eventdocument),
    Identitydocument(Identitydocument),
    Roledocument(Roledocument),
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
        ],
        open: false,
        closed: false,
        tag: None,
    }),
];

impl<'de> serde::Deserialize<'de> for Searchdocument {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::union::ranked(&value, &ALTERNATIVES) {
            let decoded = match index {
                0 => {
                    <Accessprofiledocument as serde::Deserialize>::deserialize(&value)
                        .map(Searchdocument::Accessprofiledocument)
                }
                1 => {
                    <Accountactivitydocument as serde::Deserialize>::deserialize(&value)
                        .map(Searchdocument::Accountactivitydocument)
                }
                2 => {
                    <Entitlementdocument as serde::Deserialize>::deserialize(&value)
                        .map(Searchdocument::Entitlementdocument)
                }
                3 => {
                    <Eventdocument as serde::Deserialize>::deserialize(&value)
                        .map(Searchdocument::Eventdocument)
                }
                4 => {
                    <Identitydocument as serde::Deserialize>::deserialize(&value)
                        .map(Searchdocument::Identitydocument)
                }
                5 => {
                    <Roledocument as serde::Deserialize>::deserialize(&value)
                        .map(Searchdocument::Roledocument)
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(Searchdocument::Other(value))
    }
}

impl From<Accessprofiledocument> for Searchdocument {
    fn from(value: Accessprofiledocument) -> Self {
        Searchdocument::Accessprofiledocument(value)
    }
}

impl From<Accountactivitydocument> for Searchdocument {
    fn from(value: Accountactivitydocument) -> Self {
        Searchdocument::Accountactivitydocument(value)
    }
}

impl From<Entitlementdocument> for Searchdocument {
    fn from(value: Entitlementdocument) -> Self {
        Searchdocument::Entitlementdocument(value)
    }
}

impl From<Eventdocument> for Searchdocument {
    fn from(value: Eventdocument) -> Self {
        Searchdocument::Eventdocument(value)
    }
}

impl From<Identitydocument> for Searchdocument {
    fn from(value: Identitydocument) -> Self {
        Searchdocument::Identitydocument(value)
    }
}

impl From<Roledocument> for Searchdocument {
    fn from(value: Roledocument) -> Self {
        Searchdocument::Roledocument(value)
    }
}
