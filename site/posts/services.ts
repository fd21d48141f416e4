// Services: a design history may hold several, as teacher-cpd-design-history does. A service is a
// folder of posts (content/posts/<service>/), published under its own address prefix (/<service>/...)
// with a listing page of its own, 50 posts a page, newest first (/<service>/, /<service>/page/2/, as
// DfE histories number them). Its title, description and related links come from the folder's
// directory data (`service:` in <service>.11tydata.json, which `npm run import` writes from the old
// listing page); without them the folder's name stands in.
export interface ServiceInfo {
  title?: string;
  description?: string;
  related?: unknown;
}

export interface PostLike {
  url: string;
  inputPath: string;
  date: Date;
  data: { title?: unknown; service?: ServiceInfo; [key: string]: unknown };
}

export interface Service<Post extends PostLike = PostLike> {
  key: string;
  title: string;
  description: string;
  related?: unknown;
  url: string;
  /** Newest first. */
  posts: Post[];
}

export interface ServicePage<Post extends PostLike = PostLike> {
  service: Service<Post>;
  /** 1 for the first page. */
  number: number;
  pages: number;
  url: string;
  posts: Post[];
  previous?: string;
  next?: string;
}

export const POSTS_PER_SERVICE_PAGE = 50;

/** "register-for-an-npq" -> "Register for an npq": a title for a folder that has none of its own. */
export function titleFromFolder(key: string): string {
  const words = key.replace(/[-_]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The service folder of a post from its input path (./content/posts/<service>/...), if it is in one. */
export function serviceKeyOf(inputPath: string, postsDir: string): string | undefined {
  const prefix = `./${postsDir.replace(/^\.\//, "").replace(/\/$/, "")}/`;
  if (!inputPath.startsWith(prefix)) return undefined;
  const rest = inputPath.slice(prefix.length).split("/");
  return rest.length > 1 ? rest[0] : undefined;
}

/** Every service among the posts (given newest first), by title. */
export function servicesOf<Post extends PostLike>(posts: readonly Post[], postsDir: string): Service<Post>[] {
  const byKey = new Map<string, Service<Post>>();
  for (const post of posts) {
    const key = serviceKeyOf(post.inputPath, postsDir);
    if (!key) continue;
    let service = byKey.get(key);
    if (!service) {
      const info = post.data.service ?? {};
      service = { key, title: info.title?.trim() || titleFromFolder(key), description: info.description?.trim() ?? "", related: info.related, url: `/${key}/`, posts: [] };
      byKey.set(key, service);
    }
    service.posts.push(post);
  }
  return [...byKey.values()].sort((a, b) => a.title.localeCompare(b.title, "en", { sensitivity: "base" }));
}

/** Each service's listing, cut into pages of `size` posts. */
export function servicePages<Post extends PostLike>(services: readonly Service<Post>[], size = POSTS_PER_SERVICE_PAGE): ServicePage<Post>[] {
  const pages: ServicePage<Post>[] = [];
  for (const service of services) {
    const count = Math.max(1, Math.ceil(service.posts.length / size));
    const urlOf = (n: number) => (n === 1 ? service.url : `${service.url}page/${n}/`);
    for (let n = 1; n <= count; n++) {
      pages.push({
        service,
        number: n,
        pages: count,
        url: urlOf(n),
        posts: service.posts.slice((n - 1) * size, n * size),
        previous: n > 1 ? urlOf(n - 1) : undefined,
        next: n < count ? urlOf(n + 1) : undefined,
      });
    }
  }
  return pages;
}
