//! Where each page lives and what its front matter says, in the scheme of SailPoint's published
//! SDK reference pages (see `../shared/reference/sailpoint-conventions.md`).
//!
//! A tag's page is named after `base`, the tag with spaces made `_`
//! (`Access Model Metadata` → `Access_Model_Metadata`); a model's after the Rust type's name. The
//! slug, the doc id and the file name all come from [`kebab`] of that name.

use askama::Template;

/// The language segment of every slug, and the keyword the pages carry.
pub const LANGUAGE: &str = "rust";
/// The sidebar class SailPoint's site styles the pages of one SDK with.
const SIDEBAR_CLASS: &str = "rustsdk";

/// Where one API version's pages live on SailPoint's site and what names them there: its
/// version (`beta`, `v3`) is in every slug, page id, keyword and link to the API reference.
/// The versioned API's pages are under its crate's name (`sailpoint`), and its API reference
/// links have no version: its operation ids carry it (`list-identities-v-1`).
#[derive(Debug, Clone)]
pub struct Site {
    version: String,
    reference_version: Option<String>,
}

impl Site {
    pub fn new(api_version: &str) -> Self {
        match api_version {
            crate::model::VERSIONED_API => Site {
                version: crate::model::VERSIONED_CRATE.to_owned(),
                reference_version: None,
            },
            version => Site {
                version: version.to_owned(),
                reference_version: Some(version.to_owned()),
            },
        }
    }

    /// Where the method pages live; the model pages are beside them.
    pub fn methods_slug(&self) -> String {
        format!("/tools/sdk/{LANGUAGE}/{}/methods", self.version)
    }

    pub fn models_slug(&self) -> String {
        format!("/tools/sdk/{LANGUAGE}/{}/models", self.version)
    }

    /// The operation's page on SailPoint's API reference.
    pub fn api_spec_link(&self, operation_id: &str) -> String {
        let version = self
            .reference_version
            .as_ref()
            .map_or(String::new(), |version| format!("{version}/"));
        format!(
            "https://developer.sailpoint.com/docs/api/{version}{}",
            reference_slug(operation_id)
        )
    }

    /// The front matter of the page named `name` (a tag's base or a type's name) at
    /// `{folder_slug}/{page_name(name)}`.
    pub fn page(&self, name: &str, folder_slug: &str) -> FrontMatter {
        let page = page_name(name);
        FrontMatter {
            id: format!("{}-{page}", self.version),
            name: name.to_string(),
            slug: format!("{folder_slug}/{page}"),
            versioned_name: format!("{}{name}", upper_first(&self.version)),
            sidebar_class: SIDEBAR_CLASS,
            language: LANGUAGE,
        }
    }

    /// An index page: named `name`, at `slug` itself.
    pub fn index(&self, name: &str, slug: &str) -> FrontMatter {
        FrontMatter {
            slug: slug.to_string(),
            ..self.page(name, "")
        }
    }
}

fn upper_first(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_ascii_uppercase().to_string() + chars.as_str()
    })
}

/// A warning for each type whose page is not where its name would put it (see [`page_name`]).
pub fn warn_of_moved_pages(api: &crate::model::Api, warnings: &mut crate::error::Warnings) {
    for def in &api.types {
        let page = page_name(&def.name);
        if page != kebab(&def.name) {
            warnings.push(
                &def.origin,
                format!(
                    "the model page of `{}` is `models/{page}.md`: `models/index.md` is the index",
                    def.name
                ),
            );
        }
    }
}

/// The file and slug name of the page of `name`: its [`kebab`], but a name that would make
/// `index` gets `index-page`, since the folder's index is there.
pub fn page_name(name: &str) -> String {
    match kebab(name) {
        index if index == "index" => "index-page".to_owned(),
        other => other,
    }
}

/// A page's name in the reference scheme: replace `.` with `/`, keep only ASCII letters, digits
/// and `_`, split words (`ABCDef` → `ABC Def`, `aB` → `a B`, `1B` → `1 B`), turn `_` and spaces
/// into `-`, lowercase. `OAuth_Clients` → `o-auth-clients`, `listIdentities` → `list-identities`.
pub fn kebab(name: &str) -> String {
    // `.` becomes `/`, which the next step drops like every other character but [A-Za-z0-9_].
    let kept: Vec<char> = name
        .replace('.', "/")
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    let split = split_after_lower_or_digit(&split_acronyms(&kept));
    split
        .into_iter()
        .map(|c| {
            if c == '_' || c == ' ' {
                '-'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect()
}

/// `([A-Z]+)([A-Z][a-z])` → `$1 $2`, left to right as a regex replaces: `ABCDef` → `ABC Def`.
fn split_acronyms(chars: &[char]) -> Vec<char> {
    let mut out = Vec::with_capacity(chars.len() + 4);
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_uppercase() {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let end = (i..chars.len())
            .find(|&j| !chars[j].is_ascii_uppercase())
            .unwrap_or(chars.len());
        if end - i >= 2 && chars.get(end).is_some_and(char::is_ascii_lowercase) {
            out.extend(&chars[i..end - 1]);
            out.push(' ');
            out.extend(&chars[end - 1..=end]);
            i = end + 1;
        } else {
            out.extend(&chars[i..end]);
            i = end;
        }
    }
    out
}

/// `([a-z\d])([A-Z])` → `$1 $2`: `aB` → `a B`, `1B` → `1 B`.
fn split_after_lower_or_digit(chars: &[char]) -> Vec<char> {
    let mut out = Vec::with_capacity(chars.len() + 4);
    for (i, &c) in chars.iter().enumerate() {
        if i > 0
            && c.is_ascii_uppercase()
            && (chars[i - 1].is_ascii_lowercase() || chars[i - 1].is_ascii_digit())
        {
            out.push(' ');
        }
        out.push(c);
    }
    out
}

/// A tag's page name: the tag with its spaces made `_`.
pub fn tag_base(tag: &str) -> String {
    tag.replace(' ', "_")
}

/// The anchor of an operation's section on its tag's page, and the last segment of its link on
/// SailPoint's API reference.
pub fn operation_anchor(operation_id: &str) -> String {
    kebab(operation_id)
}

/// An operation's page on SailPoint's API reference, whose site kebab-cases operation ids with
/// digits as words of their own: `deleteIdentityV1` is `delete-identity-v-1`.
fn reference_slug(operation_id: &str) -> String {
    let anchor = operation_anchor(operation_id);
    let mut slug = String::with_capacity(anchor.len() + 2);
    let mut previous: Option<char> = None;
    for c in anchor.chars() {
        if let Some(before) = previous
            && before.is_ascii_digit() != c.is_ascii_digit()
            && before != '-'
            && c != '-'
        {
            slug.push('-');
        }
        slug.push(c);
        previous = Some(c);
    }
    slug
}

/// The Docusaurus front matter of a page, in the reference's scheme.
#[derive(Template, Debug, Clone)]
#[template(path = "markdown/front_matter.md", escape = "none")]
pub struct FrontMatter {
    pub id: String,
    /// The page's name: title, pagination and sidebar label, keyword and tag.
    pub name: String,
    pub slug: String,
    /// The name with the version before it (`BetaIdentities`), a keyword and tag of the page.
    versioned_name: String,
    sidebar_class: &'static str,
    language: &'static str,
}

impl FrontMatter {
    /// `name` as a YAML scalar: plain where that reads the same, else single-quoted.
    fn scalar(&self) -> String {
        let plain = self.name.starts_with(|c: char| c.is_ascii_alphanumeric())
            && self
                .name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | ' '));
        if plain {
            self.name.clone()
        } else {
            quoted(&self.name)
        }
    }

    fn quoted(&self) -> String {
        quoted(&self.name)
    }

    fn versioned_quoted(&self) -> String {
        quoted(&self.versioned_name)
    }
}

/// `text` as a single-quoted YAML string.
fn quoted(text: &str) -> String {
    format!("'{}'", text.replace('\'', "''"))
}

/// The link from a page in one folder (`methods` or `models`) to the model page of `name`:
/// `../models/<kebab>` from a method page, `<kebab>` from a model page.
pub fn model_link(name: &str, from_models: bool) -> String {
    if from_models {
        page_name(name)
    } else {
        format!("../models/{}", page_name(name))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_slugs_split_digits_as_the_site_does() {
        assert_eq!(reference_slug("deleteIdentityV1"), "delete-identity-v-1");
        assert_eq!(reference_slug("listIdentities"), "list-identities");
        assert_eq!(reference_slug("getV2025Thing"), "get-v-2025-thing");
    }

    #[test]
    fn kebab_follows_the_reference_scheme() {
        assert_eq!(kebab("Identities"), "identities");
        assert_eq!(kebab("Access_Model_Metadata"), "access-model-metadata");
        assert_eq!(kebab("OAuth_Clients"), "o-auth-clients");
        assert_eq!(
            kebab("ListAccessModelMetadataAttribute401Response"),
            "list-access-model-metadata-attribute401-response"
        );
        assert_eq!(kebab("listIdentities"), "list-identities");
        assert_eq!(kebab("getRoleAssignments"), "get-role-assignments");
        assert_eq!(kebab("ABCDef"), "abc-def");
        assert_eq!(kebab("a1B"), "a1-b");
        assert_eq!(kebab("Multi-Host_Integration"), "multi-host-integration");
        assert_eq!(
            kebab("IAI_Access_Request_Recommendations"),
            "iai-access-request-recommendations"
        );
        assert_eq!(kebab("MFA_Configuration"), "mfa-configuration");
        assert_eq!(kebab("SP-Config"), "sp-config");
        assert_eq!(
            kebab("Non-Employee_Lifecycle_Management"),
            "non-employee-lifecycle-management"
        );
        assert_eq!(kebab("a.b"), "ab");
        assert_eq!(kebab("GetV2_2"), "get-v2-2");
    }

    #[test]
    fn identities_front_matter_is_the_reference_s_for_rust() {
        let site = Site::new("beta");
        let page = site
            .page(&tag_base("Identities"), &site.methods_slug())
            .render()
            .unwrap();
        assert_eq!(
            page,
            "---\n\
             id: beta-identities\n\
             title: Identities\n\
             pagination_label: Identities\n\
             sidebar_label: Identities\n\
             sidebar_class_name: rustsdk\n\
             keywords: ['rust', 'Rust', 'sdk', 'Identities', 'BetaIdentities']\n\
             slug: /tools/sdk/rust/beta/methods/identities\n\
             tags: ['SDK', 'Software Development Kit', 'Identities', 'BetaIdentities']\n\
             ---"
        );
        let model = site.page("OAuthClient", &site.models_slug());
        assert_eq!(
            (model.id.as_str(), model.slug.as_str()),
            (
                "beta-o-auth-client",
                "/tools/sdk/rust/beta/models/o-auth-client"
            )
        );
    }

    #[test]
    fn operation_anchors_and_spec_links() {
        assert_eq!(operation_anchor("listIdentities"), "list-identities");
        assert_eq!(
            Site::new("beta").api_spec_link("getIdentity"),
            "https://developer.sailpoint.com/docs/api/beta/get-identity"
        );
    }

    #[test]
    fn another_version_names_its_pages_after_itself() {
        let site = Site::new("v3");
        let page = site.page("Search", &site.methods_slug());
        assert_eq!(page.id, "v3-search");
        assert_eq!(page.slug, "/tools/sdk/rust/v3/methods/search");
        assert!(page.render().unwrap().contains("'Search', 'V3Search']"));
        assert_eq!(
            site.api_spec_link("searchPost"),
            "https://developer.sailpoint.com/docs/api/v3/search-post"
        );
    }

    #[test]
    fn a_page_named_like_the_index_moves_aside() {
        assert_eq!(page_name("Index"), "index-page");
        assert_eq!(page_name("IndexA"), "index-a");
        assert_eq!(model_link("Index", true), "index-page");
    }
}
